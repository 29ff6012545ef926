import { createFileRoute } from '@tanstack/react-router';
import { catalogQuery } from '../data/catalog-query';
import { FavoritesPage } from '../features/favorites/FavoritesPage';
import { validateIdsSearch } from '../features/favorites/ids-search';

export const Route = createFileRoute('/favoris')({
  validateSearch: validateIdsSearch,
  loader: ({ context }) => context.queryClient.ensureQueryData(catalogQuery),
  component: Favoris,
});

function Favoris() {
  return <FavoritesPage ids={Route.useSearch().ids} />;
}
