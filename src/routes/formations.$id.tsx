import { createFileRoute } from '@tanstack/react-router';
import { ficheLoader } from '../data/chunk-query';
import { FichePage } from '../features/fiche/FichePage';

export const Route = createFileRoute('/formations/$id')({
  loader: ({ context: { queryClient }, params }) => ficheLoader(queryClient, 'formation', params.id),
  component: Fiche,
});

function Fiche() {
  return <FichePage kind="formation" id={Route.useParams().id} />;
}
