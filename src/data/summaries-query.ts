// The first sentences of each fiche, for the result cards: fetched once the first results are
// on screen (the first card that needs one asks), so they never delay them.
import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { Summaries } from '../catalog/schema';
import { catalogManifest, catalogQuery } from './catalog-query';
import { fetchJson } from './fetch-json';

// What SummariesSchema checks, by hand: the generic schemas stay out of the start-up's code.
const SummariesCheck = {
  safeParse(json: unknown) {
    const ok =
      typeof json === 'object' &&
      json !== null &&
      (json as Summaries).version === 1 &&
      Array.isArray((json as Summaries).summary) &&
      (json as Summaries).summary.every((s) => typeof s === 'string');
    return ok
      ? { success: true as const, data: json as Summaries }
      : {
          success: false as const,
          error: { issues: [{ path: ['summary'], message: 'liste de textes attendue' }] },
        };
  },
};

/** Resolves once the frame being prepared has been painted. */
const afterNextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => window.setTimeout(resolve, 0)));

export const summariesQuery = queryOptions({
  queryKey: ['summaries', catalogManifest.dataVersion],
  queryFn: async () => {
    // Not a byte before the first results are on screen: they must not share the bandwidth.
    await afterNextPaint();
    return (await fetchJson(catalogManifest.summaries, SummariesCheck)).summary;
  },
  staleTime: Infinity,
  gcTime: Infinity,
  retry: 2,
});

/**
 * The summary of an entry (by entry index): those of the first screen of each list come with
 * the index; the others once the summaries have loaded (undefined until then, or if they could
 * not load). One subscription per list of cards, not one per card.
 */
export function useSummaries(): (index: number) => string | undefined {
  const { data: search } = useSuspenseQuery(catalogQuery);
  const all = useQuery(summariesQuery).data;
  return (index) => all?.[index] ?? search.catalog.leadSummaries.get(index);
}
