// What a student typed, as words the engine matches: folded, stop words and single letters
// dropped, each word with the fiches' words it stands for (« véto » → « vétérinaire », from the
// reviewed table catalog/student-words.ts), diploma sigles told apart (« but » the diploma, not
// the word).
import type { CatalogEntry } from '../catalog/catalog';
import { STUDENT_WORDS } from '../catalog/student-words';
import { queryTerms } from './analyzer';

export interface QueryWord {
  /** The word as the index holds words (folded). */
  term: string;
  /** The fiches' words it stands for: each a phrase whose every word must be found. */
  means: string[][];
  /** A diploma's sigle (bts, but, cap): matches that diploma, not the ordinary word. */
  diploma: boolean;
}

/** Student word (folded) → the phrases it means, as terms. */
const MEANINGS: Map<string, string[][]> = (() => {
  const out = new Map<string, string[][]>();
  for (const { typed, means } of STUDENT_WORDS) {
    const phrases = means.map(queryTerms).filter((p) => p.length > 0);
    for (const form of typed) {
      const terms = queryTerms(form);
      // Only one-word forms: a query is matched word by word.
      if (terms.length !== 1) continue;
      out.set(terms[0]!, [...(out.get(terms[0]!) ?? []), ...phrases]);
    }
  }
  return out;
})();

/**
 * The diplomas' sigles, as the formations' types spell them in capitals between brackets:
 * « brevet de technicien supérieur (BTS) » → bts, « CAP agricole (CAPa) » → capa.
 */
export function diplomaSigles(entries: readonly CatalogEntry[]): Set<string> {
  const sigles = new Set<string>();
  for (const { type } of entries) {
    if (!type) continue;
    for (const group of type.matchAll(/\(([^()]*)/g)) {
      for (const word of group[1]!.split(/[\s.]+/)) {
        if ((word.match(/\p{Lu}/gu)?.length ?? 0) >= 2) sigles.add(queryTerms(word)[0] ?? '');
      }
    }
  }
  sigles.delete('');
  return sigles;
}

/** The words of `query` that search: none when it is too short to mean anything. */
export function queryWords(query: string, diplomas: ReadonlySet<string>): QueryWord[] {
  return queryTerms(query)
    .filter((term) => term.length > 1 || /\d/.test(term))
    .map((term) => ({ term, means: MEANINGS.get(term) ?? [], diploma: diplomas.has(term) }));
}

/** Every word the full-text index is asked about for these query words. */
export function textWords(words: readonly QueryWord[]): string[] {
  return words.flatMap((w) => [w.term, ...w.means.flat()]);
}
