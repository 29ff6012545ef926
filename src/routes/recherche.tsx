import { createFileRoute } from '@tanstack/react-router';
import { catalogQuery } from '../data/catalog-query';
import { SearchPage } from '../features/search/SearchPage';
import { validateTextSearch } from '../url/list-search';

export const Route = createFileRoute('/recherche')({
  validateSearch: validateTextSearch,
  loader: ({ context }) => context.queryClient.ensureQueryData(catalogQuery),
  component: Recherche,
});

function Recherche() {
  return <SearchPage q={Route.useSearch().q ?? ''} />;
}
