// How French text becomes search terms, the same for the fiches and for what a student types.
import { fold } from '../catalog/text';

// Elided articles and pronouns: "l'électricien" is found by "électricien".
const ELISION = /^(?:l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu|quoiqu)'/;

// Words too common to tell fiches apart; dropped from fiches and from queries alike.
const STOP_WORDS = new Set(
  (
    'a au aux avec ce ces d dans de des du elle en et il ils la le les leur leurs l ou par pas pour ' +
    'qu que qui sa se ses son sur un une y est sont ne'
  ).split(' '),
);

// A word, possibly with an inclusive suffix ("technicien/ne", "constructeur/trice") or elision.
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)?(?:\/[\p{L}]{1,5}\b)?/gu;
// The same on text that folding left in ASCII (nearly all French text): several times faster.
const ASCII_WORD = /[a-z0-9]+(?:'[a-z0-9]+)?(?:\/[a-z]{1,5}\b)?/g;
const NON_ASCII = /[\u0080-\uffff]/;

/** Suffixes that are simply appended: technicien/ne → technicienne, ingénieur/e → ingénieure. */
const APPENDED = new Set(['e', 'ne', 'le', 'te', 'se']);

/**
 * The feminine form of an inclusive word: the suffix replaces the end of the word from the last
 * occurrence of its first letter (constructeur/trice → constructrice, plombier/ère → plombière,
 * vendeur/euse → vendeuse); short suffixes are appended.
 */
export function feminineOf(base: string, suffix: string): string {
  if (APPENDED.has(suffix)) return base + suffix;
  const first = fold(suffix.charAt(0));
  const from = Math.max(0, base.length - 4);
  const at = fold(base).lastIndexOf(first);
  return at >= from ? base.slice(0, at) + suffix : base + suffix;
}

/** Splits text into words, expanding inclusive forms into both genders. */
export function tokenize(text: string): string[] {
  const words: string[] = [];
  const folded = fold(text);
  const pattern = NON_ASCII.test(folded) ? WORD : ASCII_WORD;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(folded); match !== null; match = pattern.exec(folded)) {
    const word = match[0];
    const slash = word.indexOf('/');
    if (slash < 0) {
      words.push(word);
      continue;
    }
    const base = word.slice(0, slash);
    const suffix = word.slice(slash + 1);
    // "en/hors", "et/ou": two words, not an inclusive form.
    if (base.length < 4) words.push(base, suffix);
    else words.push(base, feminineOf(base, suffix));
  }
  return words;
}

/** One word from `tokenize` (already folded) → its search term, or null for a word that does not search. */
export function processTerm(term: string): string | null {
  const folded = term.includes("'") ? term.replace(ELISION, '') : term;
  if (folded === '' || STOP_WORDS.has(folded)) return null;
  return folded;
}

/**
 * The word being typed at the end of `query` as the index spells words (folded, without its
 * elision), even a stop word or a single letter, which may be the start of a longer one; null
 * once a space closes it.
 */
export function typedWord(query: string): string | null {
  if (/[\s'’]$/.test(query)) return null;
  const last = tokenize(query).at(-1);
  return last === undefined ? null : last.replace(ELISION, '');
}

/** The terms of a query as the index sees them. */
export function queryTerms(query: string): string[] {
  return tokenize(query)
    .map(processTerm)
    .filter((t): t is string => t !== null);
}
