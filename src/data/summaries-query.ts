// The first sentences of each fiche, for the result cards: fetched once the first results are
// on screen (the first card that needs one asks), so they never delay them.
import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { catalogManifest, catalogQuery } from './catalog-query';
import { SummariesCheck } from '../catalog/index-check';
import { afterNextPaint } from './after-next-paint';
import { fetchJson } from './fetch-json';

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
  const { data: catalogSearch } = useSuspenseQuery(catalogQuery);
  const all = useQuery(summariesQuery).data;
  return (index) => all?.[index] ?? catalogSearch.catalog.leadSummaries.get(index);
}
