// The search-as-you-type index of titles, appellations, sigles and types. (The rest of a fiche,
// its summary included, is searched by the full-text index in a Web Worker.)
//
// Why not MiniSearch here: it answers the same queries (same analyzer, prefix on the last word,
// one typo on words of five letters or more, every word required), but its per-keystroke cost
// (a result object per matching term and document, scores recomputed from term statistics)
// made it the largest part of the engine's time in the benchmark. This index computes each
// (term, fiche) weight once, when it is built, and keeps postings in typed arrays, so that a
// query only walks postings and adds numbers. `title-index.test.ts` checks that it matches
// exactly the fiches MiniSearch matches. MiniSearch still indexes the full text (in a Worker).
import type { CatalogEntry } from '../catalog/catalog';
import { queryTerms } from './analyzer';
import { editDistanceAtMost } from './edit-distance';
import { TermDictionary } from './term-dictionary';
import type { TextMatches } from './text-matches';
import type { GatheredWords } from './title-index-builder';

/** Field weights: title and appellation matches rank above the rest. */
export const FIELDS = [
  { name: 'title', boost: 4, primary: true, of: (e: CatalogEntry) => [e.title] },
  { name: 'names', boost: 3, primary: true, of: (e: CatalogEntry) => e.names },
  { name: 'sigle', boost: 3, primary: true, of: (e: CatalogEntry) => (e.sigle ? [e.sigle] : []) },
  { name: 'type', boost: 1.5, primary: false, of: (e: CatalogEntry) => (e.type ? [e.type] : []) },
] as const;

/** Added to the score of a fiche whose every query word is in its title, names or sigle. */
export const TITLE_RANK = 1000;

// BM25 parameters (MiniSearch's defaults).
const K = 1.2;
const B = 0.7;

/** The fiches that have a term, with the term's weight in each. */
export interface Postings {
  distance: number;
  docs: Int32Array;
  weights: Float32Array;
}

export class TitleIndex {
  /** Distinct terms, sorted (code unit order), so that a prefix is a range. */
  private readonly terms: string[];
  /** Its words, for the matching rules (prefix, typo, other forms; search/term-dictionary.ts). */
  readonly dictionary: TermDictionary;
  /** Postings of term t: positions offsets[t] … offsets[t + 1] of docs, weights and primary. */
  private readonly offsets: Int32Array;
  private readonly docs: Int32Array;
  private readonly weights: Float32Array;
  private readonly primary: Uint8Array;
  // Per-query scratch, sized to the catalogue and reused: no allocation per posting.
  private readonly generation: Int32Array;
  private readonly matched: Int32Array;
  private readonly primaryMatched: Int32Array;
  private readonly score: Float64Array;
  private currentGeneration = 0;

  /** From the words of every fiche, as `TitleIndexBuilder` gathers them. */
  constructor(words: GatheredWords) {
    const { size, termsByFirstSeen, fieldLength, totalLength, occTerm, occDoc, occField } = words;
    // Terms sorted; ids renumbered in that order so that a prefix is a range of ids.
    const order = termsByFirstSeen
      .map((_, id) => id)
      .sort((a, b) => {
        const x = termsByFirstSeen[a]!;
        const y = termsByFirstSeen[b]!;
        return x < y ? -1 : x > y ? 1 : 0;
      });
    const rank = new Int32Array(order.length);
    order.forEach((id, r) => (rank[id] = r));
    this.terms = order.map((id) => termsByFirstSeen[id]!);
    this.dictionary = new TermDictionary(this.terms);

    // Occurrences grouped by term; a stable counting sort keeps them by fiche, then field, so
    // the occurrences of one term in one field of one fiche are consecutive.
    const termCount = this.terms.length;
    const start = new Int32Array(termCount + 1);
    for (const id of occTerm) start[rank[id]! + 1]!++;
    for (let t = 0; t < termCount; t++) start[t + 1]! += start[t]!;
    const next = start.slice(0, termCount);
    const sorted = new Int32Array(occTerm.length);
    for (let o = 0; o < occTerm.length; o++) sorted[next[rank[occTerm[o]!]!]!++] = o;

    // Then one posting per (term, fiche): Σ over its fields of the field's BM25 weight.
    const avgLength = totalLength.map((total) => (size > 0 ? total / size : 0));
    const offsets = new Int32Array(termCount + 1);
    const docs = new Int32Array(occTerm.length);
    const weights = new Float32Array(occTerm.length);
    const primary = new Uint8Array(occTerm.length);
    let postings = 0;
    for (let t = 0; t < termCount; t++) {
      offsets[t] = postings;
      let documents = 0;
      for (let k = start[t]!, last = -1; k < start[t + 1]!; k++) {
        if (occDoc[sorted[k]!] !== last) {
          last = occDoc[sorted[k]!]!;
          documents++;
        }
      }
      const idf = Math.log(1 + (size - documents + 0.5) / (documents + 0.5));
      for (let k = start[t]!; k < start[t + 1]!;) {
        const o = sorted[k]!;
        const doc = occDoc[o]!;
        const f = occField[o]!;
        let tf = 0;
        while (k < start[t + 1]! && occDoc[sorted[k]!] === doc && occField[sorted[k]!] === f) {
          tf++;
          k++;
        }
        const field = FIELDS[f]!;
        const norm = 1 - B + (B * fieldLength[f]![doc]!) / (avgLength[f]! || 1);
        const weight = (field.boost * idf * (tf * (K + 1))) / (tf + K * norm);
        if (postings === offsets[t] || docs[postings - 1] !== doc) {
          docs[postings] = doc;
          postings++;
        }
        weights[postings - 1]! += weight;
        if (field.primary) primary[postings - 1] = 1;
      }
    }
    offsets[termCount] = postings;
    this.offsets = offsets;
    this.docs = docs.slice(0, postings);
    this.weights = weights.slice(0, postings);
    this.primary = primary.slice(0, postings);

    this.generation = new Int32Array(size);
    this.matched = new Int32Array(size);
    this.primaryMatched = new Int32Array(size);
    this.score = new Float64Array(size);
  }

  /** The fiches that have term `t`: entry indexes, weights, and whether in the title, names or sigle. */
  postingsOf(t: number): { docs: Int32Array; weights: Float32Array; primary: Uint8Array } {
    const [from, to] = [this.offsets[t]!, this.offsets[t + 1]!];
    return {
      docs: this.docs.subarray(from, to),
      weights: this.weights.subarray(from, to),
      primary: this.primary.subarray(from, to),
    };
  }

  get termCount(): number {
    return this.terms.length;
  }

  /** Terms within `maxDistance` edits of `word`, or (with `prefix`) starting with it → distance. */
  private near(word: string, maxDistance: number, prefix: boolean): Map<number, number> {
    const out = new Map<number, number>();
    if (prefix) {
      const [start, end] = this.dictionary.prefixRange(word);
      for (let t = start; t < end; t++) out.set(t, 0);
    }
    for (let length = word.length - maxDistance; length <= word.length + maxDistance; length++) {
      for (const t of this.dictionary.ofLength(length)) {
        if (out.has(t)) continue;
        const distance = editDistanceAtMost(word, this.terms[t]!, maxDistance);
        if (distance <= maxDistance) out.set(t, distance);
      }
    }
    return out;
  }

  private documentFrequency(t: number): number {
    return this.offsets[t + 1]! - this.offsets[t]!;
  }

  /**
   * A close spelling of the query that finds something, for "no result" pages: each word
   * replaced by the most common indexed word a few edits away (about one edit per three
   * letters), or null when there is none or the query is already spelt so.
   */
  suggest(query: string): string | null {
    const words = queryTerms(query);
    if (words.length === 0) return null;
    const chosen: string[] = [];
    for (const [i, word] of words.entries()) {
      const candidates = this.near(word, Math.round(word.length * 0.34), i === words.length - 1);
      let best = -1;
      let bestScore = 0;
      for (const [t, distance] of candidates) {
        const score = this.documentFrequency(t) / (1 + 2 * distance);
        if (score > bestScore) {
          best = t;
          bestScore = score;
        }
      }
      if (best < 0) return null;
      chosen.push(this.terms[best]!);
    }
    const suggestion = chosen.join(' ');
    if (suggestion === words.join(' ') || this.search(suggestion).size === 0) return null;
    return suggestion;
  }

  /** The number of fiches indexed. */
  get size(): number {
    return this.generation.length;
  }

  /** For each term near `word` (as `near` finds them): its distance and its postings. */
  *postingsNear(word: string, maxDistance: number, prefix: boolean): Generator<Postings> {
    for (const [t, distance] of this.near(word, maxDistance, prefix)) {
      const [from, to] = [this.offsets[t]!, this.offsets[t + 1]!];
      yield { distance, docs: this.docs.subarray(from, to), weights: this.weights.subarray(from, to) };
    }
  }

  /**
   * The fiches (entry index → score) that match every word of the query; fiches whose every
   * word is in the title, names or sigle score above TITLE_RANK.
   */
  search(query: string): TextMatches {
    const words = queryTerms(query);
    const matches: TextMatches = new Map();
    if (words.length === 0) return matches;
    const generation = ++this.currentGeneration;
    const { docs, weights, primary, offsets } = this;
    const candidates: number[] = [];
    for (let i = 0; i < words.length; i++) {
      const last = i === words.length - 1;
      const expansions = this.dictionary.expand(words[i]!, { prefix: last, fuzzy: true, stems: false });
      for (const [t, termWeight] of expansions) {
        for (let p = offsets[t]!; p < offsets[t + 1]!; p++) {
          const doc = docs[p]!;
          if (this.generation[doc] !== generation) {
            // Only the first word brings new fiches; later words can only keep them.
            if (i > 0) continue;
            this.generation[doc] = generation;
            this.matched[doc] = 0;
            this.primaryMatched[doc] = 0;
            this.score[doc] = 0;
            candidates.push(doc);
          }
          const matched = this.matched[doc]!;
          if (matched === i) this.matched[doc] = i + 1;
          else if (matched !== i + 1) continue;
          this.score[doc]! += termWeight * weights[p]!;
          if (primary[p] === 1 && this.primaryMatched[doc] === i) this.primaryMatched[doc] = i + 1;
        }
      }
    }
    for (const doc of candidates) {
      if (this.matched[doc] !== words.length) continue;
      const bonus = this.primaryMatched[doc] === words.length ? TITLE_RANK : 0;
      matches.set(doc, bonus + this.score[doc]!);
    }
    return matches;
  }
}
