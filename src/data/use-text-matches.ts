import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { CatalogSearch } from '../search/catalog-search';
import { mergeMatches, type TextMatches } from '../search/text-matches';
import { bodySearchQuery } from './body-search';

/**
 * What a query matches: titles and names at once, then the whole text of the fiches when the
 * background index answers. Null when there is no query (everything matches).
 */
export function useTextMatches(
  catalogSearch: CatalogSearch,
  query: string,
): { matches: TextMatches | null; bodyPending: boolean } {
  const q = query.trim();
  const titles = useMemo(() => catalogSearch.searchTitles(q), [catalogSearch, q]);
  const body = useQuery({ ...bodySearchQuery(catalogSearch.catalog, q), enabled: q !== '' });
  const matches = useMemo(
    () => (titles === null ? null : mergeMatches(titles, body.data)),
    [titles, body.data],
  );
  return { matches, bodyPending: titles !== null && body.data === undefined && !body.isError };
}
