import { z } from 'zod/mini';
import { decodeIds, encodeIds } from './favorites';

/** Well-formed ids only, each once, in their order: the canonical form of the list. */
function toIds(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const ids = encodeIds(decodeIds(input.slice(0, 10_000)));
  return ids === '' ? undefined : ids;
}

/** The compressed list of a shared link (share.ts reads it): its alphabet only, bounded. */
function toListe(input: unknown): string | undefined {
  if (typeof input !== 'string' || input.length > 8_000) return undefined;
  // `+` may arrive as a space from the query string.
  const value = input.replace(/ /g, '+');
  return /^[A-Za-z0-9+$-]+$/.test(value) ? value : undefined;
}

// `?ids=MET.895,FOR.11072`: a list of fiche ids, for a shared list or a comparison.
const idsSearchSchema = z.object({
  ids: z.catch(z.pipe(z.unknown(), z.transform(toIds)), undefined),
});

export const validateIdsSearch = (raw: Record<string, unknown>): { ids?: string } =>
  idsSearchSchema.parse(raw);

// /favoris: `?liste=…` (a shared list with its notes), or the older `?ids=…`.
const favoritesSearchSchema = z.object({
  ids: z.catch(z.pipe(z.unknown(), z.transform(toIds)), undefined),
  liste: z.catch(z.pipe(z.unknown(), z.transform(toListe)), undefined),
});

export const validateFavoritesSearch = (raw: Record<string, unknown>): { ids?: string; liste?: string } =>
  favoritesSearchSchema.parse(raw);
