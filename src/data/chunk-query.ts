// The full text of fiches, one content-hashed chunk at a time, fetched when a fiche is opened.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { KIND_LIST, type Kind } from '../catalog/kinds';
import type { Fiche } from '../catalog/schema';
import { catalogManifest, catalogQuery } from './catalog-query';
import { DataError, fetchJson } from './fetch-json';

export function chunkQuery(chunk: number) {
  return queryOptions({
    queryKey: ['chunk', catalogManifest.dataVersion, chunk],
    queryFn: async () => {
      const name = catalogManifest.chunks[chunk];
      if (name === undefined) throw new DataError('Cette fiche est introuvable.', `chunk ${chunk}`);
      // The schema of whole fiches is loaded with the first fiche opened, not at start-up.
      const { ChunkSchema } = await import('../catalog/schema');
      const { records } = await fetchJson(name, ChunkSchema);
      return fichesByKey(records);
    },
    staleTime: Infinity,
    gcTime: 10 * 60 * 1000,
    retry: 1,
  });
}

/** A chunk's fiches as the query holds them, by `kind/id`. */
export function fichesByKey(records: readonly Fiche[]): Map<string, Fiche> {
  return new Map(records.map((r) => [`${r.kind}/${r.id}`, r]));
}

/**
 * What a fiche's page needs before it shows: the index, then the chunk that holds the fiche.
 * Returns the kind of the fiche with this id: another kind when the address has the wrong one
 * (« /metiers/FOR.4572 »), null when no fiche has it.
 */
export async function ficheLoader(queryClient: QueryClient, kind: Kind, id: string): Promise<Kind | null> {
  const catalogSearch = await queryClient.ensureQueryData(catalogQuery);
  const entry = catalogSearch.catalog.find(kind, id);
  if (entry) {
    await queryClient.ensureQueryData(chunkQuery(entry.chunk));
    return kind;
  }
  return KIND_LIST.find((other) => catalogSearch.catalog.find(other.kind, id))?.kind ?? null;
}
