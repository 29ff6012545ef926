// The first sentences of each fiche, for the result cards: fetched once the first results are
// on screen (the first card that needs one asks), so they never delay them.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { SummariesSchema } from '../catalog/schema';
import { catalogManifest } from './catalog-query';
import { fetchJson } from './fetch-json';

/** Resolves once the frame being prepared has been painted. */
const afterNextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => window.setTimeout(resolve, 0)));

export const summariesQuery = queryOptions({
  queryKey: ['summaries', catalogManifest.dataVersion],
  queryFn: async () => {
    // Not a byte before the first results are on screen: they must not share the bandwidth.
    await afterNextPaint();
    return (await fetchJson(catalogManifest.summaries, SummariesSchema)).summary;
  },
  staleTime: Infinity,
  gcTime: Infinity,
  retry: 2,
});

/**
 * The summaries of every entry (by entry index): undefined while loading (or if they could not
 * load). One subscription per list of cards, not one per card.
 */
export function useSummaries(): string[] | undefined {
  return useQuery(summariesQuery).data;
}
