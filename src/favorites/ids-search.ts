import { z } from 'zod/mini';
import { decodeIds, encodeIds } from './favorites';

/** Well-formed ids only, each once, in their order: the canonical form of the list. */
function toIds(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const ids = encodeIds(decodeIds(input.slice(0, 10_000)));
  return ids === '' ? undefined : ids;
}

// `?ids=MET.895,FOR.11072`: a list of fiche ids, for a shared list or a comparison.
const idsSearchSchema = z.object({
  ids: z.catch(z.pipe(z.unknown(), z.transform(toIds)), undefined),
});

export const validateIdsSearch = (raw: Record<string, unknown>): { ids?: string } =>
  idsSearchSchema.parse(raw);
