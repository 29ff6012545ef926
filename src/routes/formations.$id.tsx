import { createFileRoute } from '@tanstack/react-router';
import { catalogQuery } from '../data/catalog-query';
import { chunkQuery } from '../data/chunk-query';
import { FichePage } from '../features/fiche/FichePage';

export const Route = createFileRoute('/formations/$id')({
  loader: async ({ context: { queryClient }, params }) => {
    const search = await queryClient.ensureQueryData(catalogQuery);
    const entry = search.catalog.find('formation', params.id);
    if (entry) await queryClient.ensureQueryData(chunkQuery(entry.chunk));
  },
  component: Fiche,
});

function Fiche() {
  return <FichePage kind="formation" id={Route.useParams().id} />;
}
