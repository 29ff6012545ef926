import { createFileRoute } from '@tanstack/react-router';
import { ficheLoader } from '../data/chunk-query';
import { FichePage } from '../features/fiche/FichePage';

export const Route = createFileRoute('/metiers/$id')({
  loader: ({ context: { queryClient }, params }) => ficheLoader(queryClient, 'metier', params.id),
  component: Fiche,
});

function Fiche() {
  return <FichePage kind="metier" id={Route.useParams().id} />;
}
