import { createFileRoute } from '@tanstack/react-router';
import { loadFiche } from '../features/fiche/fiche-loader';
import { FichePage } from '../features/fiche/FichePage';

export const Route = createFileRoute('/metiers/$id')({
  loader: ({ context: { queryClient }, params }) => loadFiche(queryClient, 'metier', params.id),
  component: Fiche,
});

function Fiche() {
  return <FichePage kind="metier" id={Route.useParams().id} />;
}
