// Full-text search with minisearch: titles and names from the index (instant, at load), and the
// whole text of the fiches (built later, from the detail chunks, away from the keystroke path).
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { CatalogEntry } from '../catalog/catalog';
import type { Block, Fiche, ListItem } from '../catalog/schema';
import { processTerm, tokenize } from './analyzer';

/** Entry position → relevance score. */
export type TextMatches = Map<number, number>;

export const SEARCH_OPTIONS: SearchOptions = {
  // The last word is still being typed: match it as a prefix.
  prefix: (_term, i, terms) => i === terms.length - 1,
  // One typo tolerated on words of five letters or more.
  fuzzy: (term) => (term.length >= 5 ? 1 : false),
  combineWith: 'AND',
  weights: { fuzzy: 0.3, prefix: 0.6 },
};

const analyzer = {
  tokenize: (text: string) => tokenize(text),
  processTerm: (term: string) => processTerm(term),
};

type TitleDoc = CatalogEntry;

/** Title and appellation matches rank above the rest. */
const TITLE_BOOST = { title: 4, names: 3, sigle: 3, type: 1.5, summary: 1 };

export function createTitleIndex(entries: CatalogEntry[]): MiniSearch<TitleDoc> {
  const index = new MiniSearch<TitleDoc>({
    idField: 'index',
    fields: Object.keys(TITLE_BOOST),
    extractField: (doc, field) => {
      const value = doc[field as keyof TitleDoc];
      return Array.isArray(value) ? value.join(' · ') : value;
    },
    ...analyzer,
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

function listText(items: ListItem[], out: string[]) {
  for (const item of items) {
    out.push(item.text);
    listText(item.items, out);
  }
}

function blockText(block: Block, out: string[]) {
  if (block.type === 'list') listText(block.items, out);
  else out.push(block.text);
}

/** All the text of a fiche that the title index does not hold. */
export function bodyText(fiche: Fiche): string {
  const out: string[] = [];
  for (const section of fiche.sections) {
    out.push(section.title);
    for (const block of section.blocks) blockText(block, out);
  }
  for (const field of fiche.fields) out.push(field.value, ...field.values);
  for (const ref of fiche.related) out.push(ref.title);
  return out.join('\n');
}

export interface BodyDoc {
  index: number;
  body: string;
}

export function createBodyIndex(): MiniSearch<BodyDoc> {
  return new MiniSearch<BodyDoc>({
    idField: 'index',
    fields: ['body'],
    ...analyzer,
    searchOptions: SEARCH_OPTIONS,
  });
}

/**
 * Title matches completed by matches in the whole text. Title and appellation matches score
 * above TITLE_RANK (see title-index.ts) and so stay above every match found in the text only.
 */
export function mergeMatches(titles: TextMatches, body: TextMatches | undefined): TextMatches {
  if (!body) return titles;
  const merged: TextMatches = new Map(body);
  for (const [index, score] of titles) merged.set(index, score + (body.get(index) ?? 0));
  return merged;
}
