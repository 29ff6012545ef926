// The full text of the fiches, indexed with MiniSearch in a Web Worker (built from the detail
// chunks, away from the keystroke path). Same analyzer and matching rules as the title index.
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Block, Fiche, ListItem } from '../catalog/schema';
import { processTerm, tokenize } from './analyzer';

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
    ...ANALYZER,
    searchOptions: SEARCH_OPTIONS,
  });
}
