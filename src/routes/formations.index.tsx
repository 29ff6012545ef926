import { createFileRoute } from '@tanstack/react-router';
import { catalogQuery } from '../data/catalog-query';
import { ExplorerPage } from '../features/explorer/ExplorerPage';
import { canonicalListSearch, validateFormationSearch } from '../features/explorer/list-search';

export const Route = createFileRoute('/formations/')({
  // The pages most visits start on: their code comes with the app's, not one round trip later.
  codeSplitGroupings: [],
  validateSearch: validateFormationSearch,
  loader: ({ context }) => context.queryClient.ensureQueryData(catalogQuery),
  staticData: {
    canonicalSearch: (search, queryClient) =>
      canonicalListSearch('formation', search, queryClient.getQueryData(catalogQuery.queryKey)),
  },
  component: Formations,
});

function Formations() {
  const search = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <ExplorerPage
      kind="formation"
      search={search}
      setSearch={(next, options) =>
        void navigate({ search: next, replace: options?.replace, resetScroll: false })
      }
    />
  );
}
