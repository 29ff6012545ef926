import { createFileRoute } from '@tanstack/react-router';
import { catalogQuery } from '../data/catalog-query';
import { validateIdsSearch } from '../favorites/ids-search';
import { ComparePage } from '../features/favorites/ComparePage';

export const Route = createFileRoute('/comparer')({
  validateSearch: validateIdsSearch,
  loader: ({ context }) => context.queryClient.ensureQueryData(catalogQuery),
  component: Comparer,
});

function Comparer() {
  return <ComparePage ids={Route.useSearch().ids} />;
}
