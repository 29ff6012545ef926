import { createFileRoute } from '@tanstack/react-router';
import { loadFiche } from '../features/fiche/fiche-loader';
import { FichePage } from '../features/fiche/FichePage';

export const Route = createFileRoute('/formations/$id')({
  loader: ({ context: { queryClient }, params }) => loadFiche(queryClient, 'formation', params.id),
  component: Fiche,
});

function Fiche() {
  return <FichePage kind="formation" id={Route.useParams().id} />;
}
