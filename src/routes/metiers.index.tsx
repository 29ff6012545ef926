import { createFileRoute } from '@tanstack/react-router';
import { catalogQuery } from '../data/catalog-query';
import { loadTextSearch, queryOf } from '../data/text-search';
import { ExplorerPage } from '../features/explorer/ExplorerPage';
import { canonicalListSearch, validateListSearch } from '../url/list-search';

export const Route = createFileRoute('/metiers/')({
  // The pages most visits start on: their code comes with the app's, not one round trip later.
  codeSplitGroupings: [],
  validateSearch: validateListSearch('metier'),
  // Opened with a query, the list's first answer is complete (see loadTextSearch).
  loader: ({ context, location }) => loadTextSearch(context.queryClient, queryOf(location.search)),
  staticData: {
    canonicalSearch: (search, queryClient) =>
      canonicalListSearch('metier', search, queryClient.getQueryData(catalogQuery.queryKey)),
  },
  component: () => <ExplorerPage kind="metier" />,
});
