import { createFileRoute } from '@tanstack/react-router';
import { catalogQuery } from '../data/catalog-query';
import { loadTextSearch } from '../data/text-search';
import { ExplorerPage } from '../features/explorer/ExplorerPage';
import { canonicalListSearch, validateListSearch, searchedText } from '../url/list-search';

export const Route = createFileRoute('/metiers/')({
  // The pages most visits start on: their code comes with the app's, not one round trip later.
  codeSplitGroupings: [],
  validateSearch: validateListSearch('metier'),
  // Opened with a query, the first answer is complete (see loadTextSearch); the same when the
  // page is entered again (a link, Back), not only the first time.
  loader: {
    handler: ({ context, location }) => loadTextSearch(context.queryClient, searchedText(location.search)),
    staleReloadMode: 'blocking',
  },
  staticData: {
    canonicalSearch: (search, queryClient) =>
      canonicalListSearch('metier', search, queryClient.getQueryData(catalogQuery.queryKey)),
  },
  component: () => <ExplorerPage kind="metier" />,
});
