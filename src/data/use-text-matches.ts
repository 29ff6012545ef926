import { useMemo } from 'react';
import type { CatalogSearch } from '../search/catalog-search';
import { mergeMatches, type TextMatches } from '../search/text-index';
import { useBodyMatches, type BodySearchStatus } from './body-search';

/**
 * What a query matches: titles and names at once, then the whole text of the fiches when the
 * background index answers. Null when there is no query (everything matches).
 */
export function useTextMatches(
  search: CatalogSearch,
  query: string,
): { matches: TextMatches | null; bodyStatus: BodySearchStatus; bodyPending: boolean } {
  const titles = useMemo(() => search.searchTitles(query), [search, query]);
  const body = useBodyMatches(search.catalog, query);
  const matches = useMemo(
    () => (titles === null ? null : mergeMatches(titles, body.matches)),
    [titles, body.matches],
  );
  return {
    matches,
    bodyStatus: body.status,
    bodyPending: titles !== null && body.matches === undefined && body.status !== 'error',
  };
}
