import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import { KINDS, type Kind } from '../../catalog/kinds';
import { ficheLoader } from '../../data/chunk-query';

/**
 * The loader of a fiche's route: its data, or the address of the other kind when the id is a
 * fiche of that kind (« /metiers/FOR.4572 » leads to the formation, not to « Fiche introuvable »).
 */
export async function loadFiche(queryClient: QueryClient, kind: Kind, id: string): Promise<void> {
  const found = await ficheLoader(queryClient, kind, id);
  if (found !== null && found !== kind) {
    throw redirect({ to: KINDS[found].routes.fiche, params: { id }, replace: true });
  }
}
