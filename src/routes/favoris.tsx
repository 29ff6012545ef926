import { createFileRoute } from '@tanstack/react-router';
import { catalogQuery } from '../data/catalog-query';
import { validateIdsSearch } from '../favorites/ids-search';
import { FavoritesPage } from '../features/favorites/FavoritesPage';

export const Route = createFileRoute('/favoris')({
  validateSearch: validateIdsSearch,
  loader: ({ context }) => context.queryClient.ensureQueryData(catalogQuery),
  component: Favoris,
});

function Favoris() {
  return <FavoritesPage ids={Route.useSearch().ids} />;
}
