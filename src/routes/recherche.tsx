import { createFileRoute } from '@tanstack/react-router';
import { loadTextSearch, queryOf } from '../data/text-search';
import { SearchPage } from '../features/search/SearchPage';
import { validateTextSearch } from '../url/list-search';

export const Route = createFileRoute('/recherche')({
  validateSearch: validateTextSearch,
  // Opened with a query, the first answer is complete (see loadTextSearch).
  loader: ({ context, location }) => loadTextSearch(context.queryClient, queryOf(location.search)),
  component: Recherche,
});

function Recherche() {
  return <SearchPage q={Route.useSearch().q ?? ''} />;
}
