import { createFileRoute } from '@tanstack/react-router';
import { catalogQuery } from '../data/catalog-query';
import { HomePage } from '../features/home/HomePage';
import { canonicalListSearch, validateHomeSearch } from '../url/list-search';

export const Route = createFileRoute('/')({
  // The pages most visits start on: their code comes with the app's, not one round trip later.
  codeSplitGroupings: [],
  validateSearch: validateHomeSearch,
  // Only the centres d'intérêt the catalogue knows stay in the URL.
  staticData: {
    canonicalSearch: (search, queryClient) =>
      canonicalListSearch(
        'metier',
        { interets: search.interets as string[] | undefined },
        queryClient.getQueryData(catalogQuery.queryKey),
      ),
  },
  loader: ({ context }) => context.queryClient.ensureQueryData(catalogQuery),
  component: Home,
});

function Home() {
  const { interets } = Route.useSearch();
  const navigate = Route.useNavigate();
  return (
    <HomePage
      interests={interets ?? []}
      setInterests={(values) =>
        void navigate({
          search: { interets: values.length > 0 ? values : undefined },
          replace: true,
          resetScroll: false,
        })
      }
    />
  );
}
