// The title index as MiniSearch would build it, with the app's analyzer and matching rules:
// the reference the hand-written title index is tested against, and the text part of the
// itemsjs peer in the benchmark (as itemsjs's documentation recommends).
import MiniSearch from 'minisearch';
import type { CatalogEntry } from '../catalog/catalog';
import { ANALYZER, SEARCH_OPTIONS } from './reference-text-index';
import type { TextMatches } from '../search/text-matches';

const TITLE_BOOST = { title: 4, names: 3, sigle: 3, type: 1.5 };

export function createTitleIndex(entries: CatalogEntry[]): MiniSearch<CatalogEntry> {
  const index = new MiniSearch<CatalogEntry>({
    idField: 'index',
    fields: Object.keys(TITLE_BOOST),
    extractField: (doc, field) => {
      const value = doc[field as keyof CatalogEntry];
      return Array.isArray(value) ? value.join(' · ') : (value as string);
    },
    ...ANALYZER,
    searchOptions: { ...SEARCH_OPTIONS, boost: TITLE_BOOST },
  });
  index.addAll(entries);
  return index;
}

export function searchIndex(index: MiniSearch, query: string): TextMatches {
  const matches: TextMatches = new Map();
  if (query.trim() === '') return matches;
  for (const result of index.search(query)) matches.set(result.id as number, result.score);
  return matches;
}
