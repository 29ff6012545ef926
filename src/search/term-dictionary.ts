// The words of an index, sorted, and which of them a query word matches: itself, the same word
// in another form (its stem: plural, feminine), a longer word it starts (a word being typed), a
// word one letter off (a typo). Shared by the title index and every shard of the full-text index.
import { withinOneEdit } from './edit-distance';
import { stem } from './stemmer';

// Weights of the words matched otherwise than exactly (prefix and typo as MiniSearch's defaults:
// prefix 0.6, fuzzy 0.3, discounted by the length difference).
export const STEM_WEIGHT = 0.9;
const PREFIX_WEIGHT = 0.6;
const FUZZY_WEIGHT = 0.3;
/** A typo is forgiven on words of this many letters or more. */
export const FUZZY_MIN_LENGTH = 5;

export interface MatchRules {
  /** Longer words that start with it. */
  prefix: boolean;
  /** Words one edit away (from FUZZY_MIN_LENGTH letters). */
  fuzzy: boolean;
  /** Other forms of the same word. */
  stems: boolean;
}

export const TYPING: MatchRules = { prefix: true, fuzzy: true, stems: true };
/** Whole words only, in any form: for the words a student's word stands for. */
export const WHOLE_WORD: MatchRules = { prefix: false, fuzzy: false, stems: true };

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class TermDictionary {
  readonly termId: Map<string, number>;
  private byLength: number[][] | null = null;
  private byStem: Map<string, number[]> | null = null;

  /** `terms`: distinct, sorted in code unit order (so that a prefix is a range). */
  constructor(readonly terms: readonly string[]) {
    this.termId = new Map(terms.map((t, i) => [t, i]));
  }

  static sorted(terms: Iterable<string>): string[] {
    return [...terms].sort(compare);
  }

  /** The range of term ids that start with `prefix`. */
  prefixRange(prefix: string): [number, number] {
    const { terms } = this;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const start = lo;
    hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[mid]!.startsWith(prefix)) lo = mid + 1;
      else hi = mid;
    }
    return [start, lo];
  }

  /** Term ids by length (built at the first typo scan). */
  ofLength(length: number): readonly number[] {
    if (!this.byLength) {
      const lists: number[][] = [];
      this.terms.forEach((t, i) => (lists[t.length] ??= []).push(i));
      this.byLength = lists;
    }
    return this.byLength[length] ?? [];
  }

  /** Term ids of the same stem as `word` (built at the first use). */
  sameStem(word: string): readonly number[] {
    if (!this.byStem) {
      const groups = new Map<string, number[]>();
      this.terms.forEach((t, i) => {
        const s = stem(t);
        const list = groups.get(s);
        if (list) list.push(i);
        else groups.set(s, [i]);
      });
      this.byStem = groups;
    }
    return this.byStem.get(stem(word)) ?? [];
  }

  /** The terms `word` matches under `rules`, each with its weight (1 for the word itself). */
  expand(word: string, rules: MatchRules): Map<number, number> {
    const out = new Map<number, number>();
    const exact = this.termId.get(word);
    if (exact !== undefined) out.set(exact, 1);
    if (rules.stems) {
      for (const t of this.sameStem(word)) if (!out.has(t)) out.set(t, STEM_WEIGHT);
    }
    if (rules.prefix) {
      const [start, end] = this.prefixRange(word);
      for (let t = start; t < end; t++) {
        if (out.has(t)) continue;
        const length = this.terms[t]!.length;
        const distance = length - word.length;
        out.set(t, (PREFIX_WEIGHT * length) / (length + 0.3 * distance));
      }
    }
    if (rules.fuzzy && word.length >= FUZZY_MIN_LENGTH) {
      for (let length = word.length - 1; length <= word.length + 1; length++) {
        for (const t of this.ofLength(length)) {
          // A word both a prefix match and a typo counts once, as a prefix match.
          if (out.has(t) || !withinOneEdit(word, this.terms[t]!)) continue;
          out.set(t, (FUZZY_WEIGHT * length) / (length + 1));
        }
      }
    }
    return out;
  }
}
