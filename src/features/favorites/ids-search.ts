import { z } from 'zod/mini';

// `?ids=MET.895,FOR.11072`: a list of fiche ids, for a shared list or a comparison.
const idsSearchSchema = z.object({
  ids: z.catch(z.optional(z.string().check(z.maxLength(10_000))), undefined),
});

export const validateIdsSearch = (raw: Record<string, unknown>): { ids?: string } =>
  idsSearchSchema.parse(raw);
