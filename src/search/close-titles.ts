// The fiches an address that leads nowhere may have meant (« /metiers/veterinnaire »), for the
// pages that say so. The words of an address are whole words of a title, sometimes cut or
// misspelt, and often none at all (« /nulle-part », « /mentions-legales »): better to suggest
// nothing than anything.
import { queryTerms } from './analyzer';
import { FUZZY_MIN_LENGTH } from './term-dictionary';
import type { TitleIndex } from './title-index';

/** A word is specific when fewer than this share of the fiches (and at least 5) have it. */
const SPECIFIC_SHARE = 0.02;

/**
 * Entry indexes whose titles or names share words with `words`, best first. A suggestion
 * matches at least half of the words, one of them a specific word (« mention » or « bts » alone
 * suggest nothing); a word matches with a typo (two from nine letters) or as a prefix only from
 * five letters. Ranked by the words matched, then by their weights (rarer words weigh more).
 */
export function closestFiches(index: TitleIndex, words: string): number[] {
  const terms = [...new Set(queryTerms(words))];
  const fiches = index.size;
  const rare = Math.max(5, fiches * SPECIFIC_SHARE);
  const found = new Map<number, { words: number; specific: boolean; score: number }>();
  for (const word of terms) {
    const long = word.length >= FUZZY_MIN_LENGTH;
    const best = new Map<number, number>();
    const specific = new Set<number>();
    for (const { distance, docs, weights } of index.postingsNear(
      word,
      long ? (word.length >= 9 ? 2 : 1) : 0,
      long,
    )) {
      const weight = Math.log(1 + fiches / docs.length) / (1 + distance);
      docs.forEach((doc, p) => {
        best.set(doc, Math.max(best.get(doc) ?? 0, weights[p]! * weight));
        if (docs.length < rare) specific.add(doc);
      });
    }
    for (const [doc, score] of best) {
      const total = found.get(doc) ?? { words: 0, specific: false, score: 0 };
      found.set(doc, {
        words: total.words + 1,
        specific: total.specific || specific.has(doc),
        score: total.score + score,
      });
    }
  }
  return [...found]
    .filter(([, f]) => f.specific && f.words * 2 >= terms.length)
    .sort((a, b) => b[1].words - a[1].words || b[1].score - a[1].score)
    .map(([doc]) => doc);
}
