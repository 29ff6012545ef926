import { createFileRoute } from '@tanstack/react-router';
import { catalogQuery } from '../data/catalog-query';
import { ExplorerPage } from '../features/explorer/ExplorerPage';
import { canonicalListSearch, validateMetierSearch } from '../features/explorer/list-search';

export const Route = createFileRoute('/metiers/')({
  // The pages most visits start on: their code comes with the app's, not one round trip later.
  codeSplitGroupings: [],
  validateSearch: validateMetierSearch,
  loader: ({ context }) => context.queryClient.ensureQueryData(catalogQuery),
  staticData: {
    canonicalSearch: (search, queryClient) =>
      canonicalListSearch('metier', search, queryClient.getQueryData(catalogQuery.queryKey)),
  },
  component: Metiers,
});

function Metiers() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <ExplorerPage
      kind="metier"
      search={search}
      setSearch={(next, options) =>
        void navigate({ search: next, replace: options?.replace, resetScroll: false })
      }
    />
  );
}
