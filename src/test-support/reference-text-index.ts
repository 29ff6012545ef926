// MiniSearch as the references of the hand-written indexes: configured with the app's analyzer
// and matching rules, it must match exactly the fiches they match (title-index.test.ts,
// fiche-search.test.ts). And the engine the app had before the full-text index was built at build
// time (titles, then MiniSearch over the text in a Web Worker), for the judged queries' « before ».
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { CatalogEntry } from '../catalog/catalog';
import type { Fiche } from '../catalog/schema';
import { processTerm, tokenize } from '../search/analyzer';
import type { CatalogSearch } from '../search/catalog-search';
import type { TextMatches } from '../search/text-matches';
import { textParts } from '../search/text-source';

export const SEARCH_OPTIONS: SearchOptions = {
  // The last word is still being typed: match it as a prefix.
  prefix: (_term, i, terms) => i === terms.length - 1,
  // One typo tolerated on words of five letters or more.
  fuzzy: (term) => (term.length >= 5 ? 1 : false),
  combineWith: 'AND',
  weights: { fuzzy: 0.3, prefix: 0.6 },
};

export const ANALYZER = {
  tokenize: (text: string) => tokenize(text),
  processTerm: (term: string) => processTerm(term),
};

interface TextDoc {
  index: number;
  body: string;
}

/** The whole text of each fiche (as the full-text index holds it), in MiniSearch. */
function textIndex(records: Fiche[], searchOptions?: SearchOptions): MiniSearch<TextDoc> {
  const index = new MiniSearch<TextDoc>({ idField: 'index', fields: ['body'], ...ANALYZER, searchOptions });
  index.addAll(
    records.map((r, i) => ({
      index: i,
      body: textParts(r)
        .map(([, text]) => text)
        .join('\n'),
    })),
  );
  return index;
}

/**
 * The fiches whose title fields or text have every word of `query`, each word as a prefix, with
 * no typo, no other form, no meaning: the rules the engine follows with those options off.
 */
export function referenceMatches(entries: CatalogEntry[], records: Fiche[]): (query: string) => Set<number> {
  const fields = ['title', 'names', 'sigle', 'type'] as const;
  const titles = new MiniSearch<CatalogEntry>({
    idField: 'index',
    fields: [...fields],
    extractField: (doc, field) => {
      const value = doc[field as keyof CatalogEntry];
      return Array.isArray(value) ? value.join(' · ') : (value as string);
    },
    ...ANALYZER,
  });
  titles.addAll(entries);
  const text = textIndex(records);
  return (query) => {
    const words = [...new Set(query.split(/\s+/).flatMap((w) => tokenize(w).map(processTerm)))].filter(
      (w): w is string => w !== null,
    );
    let found = null as Set<number> | null;
    for (const word of words) {
      const options = { prefix: true, fuzzy: false } as const;
      const docs = new Set<number>([
        ...titles.search(word, options).map((r) => r.id as number),
        ...text.search(word, options).map((r) => r.id as number),
      ]);
      found = found === null ? docs : new Set([...found].filter((d: number) => docs.has(d)));
    }
    return found ?? new Set();
  };
}

/** The engine before issue 13: title matches, completed by MiniSearch over the text. */
export function engineBefore(search: CatalogSearch, records: Fiche[]): (query: string) => number[] {
  // Its text then: sections, fields and linked titles, as now.
  const text = textIndex(records, SEARCH_OPTIONS);
  return (query) => {
    const titles = search.titles.search(query);
    const merged: TextMatches = new Map(text.search(query).map((r) => [r.id as number, r.score]));
    for (const [index, score] of titles) merged.set(index, score + (merged.get(index) ?? 0));
    return [...merged].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([doc]) => doc);
  };
}
