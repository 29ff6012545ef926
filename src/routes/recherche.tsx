import { createFileRoute } from '@tanstack/react-router';
import { catalogQuery } from '../data/catalog-query';
import { validateTextSearch } from '../features/explorer/list-search';
import { SearchPage } from '../features/search/SearchPage';

export const Route = createFileRoute('/recherche')({
  validateSearch: validateTextSearch,
  loader: ({ context }) => context.queryClient.ensureQueryData(catalogQuery),
  component: Recherche,
});

function Recherche() {
  return <SearchPage q={Route.useSearch().q ?? ''} />;
}
