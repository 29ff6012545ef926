import { createFileRoute } from '@tanstack/react-router';
import { catalogQuery } from '../data/catalog-query';
import { validateFavoritesSearch } from '../favorites/ids-search';
import { FavoritesPage } from '../features/favorites/FavoritesPage';

export const Route = createFileRoute('/favoris')({
  validateSearch: validateFavoritesSearch,
  loader: ({ context }) => context.queryClient.ensureQueryData(catalogQuery),
  component: Favoris,
});

function Favoris() {
  return <FavoritesPage shared={Route.useSearch()} />;
}
