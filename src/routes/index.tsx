import { createFileRoute } from '@tanstack/react-router';
import { catalogQuery } from '../data/catalog-query';
import { validateHomeSearch } from '../features/explorer/list-search';
import { HomePage } from '../features/home/HomePage';

export const Route = createFileRoute('/')({
  validateSearch: validateHomeSearch,
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
