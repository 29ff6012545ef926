import { createFileRoute } from '@tanstack/react-router';
import { loadTextSearch } from '../data/text-search';
import { SearchPage } from '../features/search/SearchPage';
import { validateTextSearch, searchedText } from '../url/list-search';

export const Route = createFileRoute('/recherche')({
  validateSearch: validateTextSearch,
  // Opened with a query, the first answer is complete (see loadTextSearch); the same when the
  // page is entered again (a link, Back), not only the first time.
  loader: {
    handler: ({ context, location }) => loadTextSearch(context.queryClient, searchedText(location.search)),
    staleReloadMode: 'blocking',
  },
  component: Recherche,
});

function Recherche() {
  return <SearchPage q={Route.useSearch().q ?? ''} />;
}
