// The search-as-you-type index of titles, appellations, sigles, types and summaries.
//
// Why not MiniSearch here: it answers the same queries (same analyzer, prefix on the last word,
// one typo on words of five letters or more, every word required), but its per-keystroke cost
// (a result object per matching term and document, scores recomputed from term statistics)
// made it the largest part of the engine's time in the benchmark. This index computes each
// (term, fiche) weight once, when it is built, and keeps postings in typed arrays, so that a
// query only walks postings and adds numbers. `title-index.test.ts` checks that it matches
// exactly the fiches MiniSearch matches. MiniSearch still indexes the full text (in a Worker).
import type { CatalogEntry } from '../catalog/catalog';
import { processTerm, queryTerms, tokenize } from './analyzer';
import type { TextMatches } from './text-index';

/** Field weights: title and appellation matches rank above the rest. */
const FIELDS = [
  { name: 'title', boost: 4, primary: true, of: (e: CatalogEntry) => [e.title] },
  { name: 'names', boost: 3, primary: true, of: (e: CatalogEntry) => e.names },
  { name: 'sigle', boost: 3, primary: true, of: (e: CatalogEntry) => (e.sigle ? [e.sigle] : []) },
  { name: 'type', boost: 1.5, primary: false, of: (e: CatalogEntry) => (e.type ? [e.type] : []) },
  { name: 'summary', boost: 1, primary: false, of: (e: CatalogEntry) => (e.summary ? [e.summary] : []) },
] as const;

/** Added to the score of a fiche whose every query word is in its title, names or sigle. */
export const TITLE_RANK = 1000;

// Weights of the words that match a query word only by prefix or with a typo (as MiniSearch's
// defaults in SEARCH_OPTIONS: prefix 0.6, fuzzy 0.3, discounted by the length difference).
const PREFIX_WEIGHT = 0.6;
const FUZZY_WEIGHT = 0.3;
const FUZZY_MIN_LENGTH = 5;

// BM25 parameters (MiniSearch's defaults).
const K = 1.2;
const B = 0.7;

/** At most one insertion, deletion or substitution between a and b. */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // After the first difference, the rest must be equal once the edit is made.
  const skipA = la >= lb ? 1 : 0;
  const skipB = lb >= la ? 1 : 0;
  let ia = i + skipA;
  let ib = i + skipB;
  while (ia < la && ib < lb) {
    if (a.charCodeAt(ia) !== b.charCodeAt(ib)) return false;
    ia++;
    ib++;
  }
  return ia >= la && ib >= lb;
}

export class TitleIndex {
  /** Distinct terms, sorted (code unit order), so that a prefix is a range. */
  private readonly terms: string[];
  private readonly termId: Map<string, number>;
  /** Term ids by term length, for the typo scan. */
  private readonly byLength: Int32Array[];
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

  constructor(entries: CatalogEntry[]) {
    const size = entries.length;
    // Pass 1: the terms of each field of each fiche, with their frequencies.
    const termId = new Map<string, number>();
    const termsByFirstSeen: string[] = [];
    const fieldLength = FIELDS.map(() => new Float64Array(size));
    const totalLength = FIELDS.map(() => 0);
    const docFrequency: number[] = [];
    // Every (term, fiche, field) with its frequency, in the order met: by fiche, then field.
    const occTerm: number[] = [];
    const occDoc: number[] = [];
    const occField: number[] = [];
    const occTf: number[] = [];
    for (const entry of entries) {
      const seenInDoc = new Set<number>();
      FIELDS.forEach((field, f) => {
        const counts = new Map<number, number>();
        let length = 0;
        for (const text of field.of(entry)) {
          for (const token of tokenize(text)) {
            const term = processTerm(token);
            if (term === null) continue;
            length++;
            let id = termId.get(term);
            if (id === undefined) {
              id = termsByFirstSeen.length;
              termId.set(term, id);
              termsByFirstSeen.push(term);
              docFrequency.push(0);
            }
            counts.set(id, (counts.get(id) ?? 0) + 1);
          }
        }
        fieldLength[f]![entry.index] = length;
        totalLength[f]! += length;
        for (const [id, tf] of counts) {
          occTerm.push(id);
          occDoc.push(entry.index);
          occField.push(f);
          occTf.push(tf);
          if (!seenInDoc.has(id)) {
            seenInDoc.add(id);
            docFrequency[id]!++;
          }
        }
      });
    }

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
    this.termId = new Map(this.terms.map((t, r) => [t, r]));
    const lengths: number[][] = [];
    this.terms.forEach((t, r) => (lengths[t.length] ??= []).push(r));
    this.byLength = Array.from(lengths, (ids) => Int32Array.from(ids ?? []));

    // Occurrences grouped by term (a stable counting sort keeps fiche and field order)…
    const termCount = this.terms.length;
    const start = new Int32Array(termCount + 1);
    for (const id of occTerm) start[rank[id]! + 1]!++;
    for (let t = 0; t < termCount; t++) start[t + 1]! += start[t]!;
    const next = start.slice(0, termCount);
    const sorted = new Int32Array(occTerm.length);
    occTerm.forEach((id, o) => (sorted[next[rank[id]!]!++] = o));

    // …then one posting per (term, fiche), its fields' BM25 weights summed.
    const avgLength = totalLength.map((total) => (size > 0 ? total / size : 0));
    const offsets = new Int32Array(termCount + 1);
    const docs = new Int32Array(occTerm.length);
    const weights = new Float32Array(occTerm.length);
    const primary = new Uint8Array(occTerm.length);
    let postings = 0;
    for (let t = 0; t < termCount; t++) {
      offsets[t] = postings;
      let lastDoc = -1;
      for (let k = start[t]!; k < start[t + 1]!; k++) {
        const o = sorted[k]!;
        const field = FIELDS[occField[o]!]!;
        const n = docFrequency[occTerm[o]!]!;
        const tf = occTf[o]!;
        const idf = Math.log(1 + (size - n + 0.5) / (n + 0.5));
        const norm = 1 - B + (B * fieldLength[occField[o]!]![occDoc[o]!]!) / (avgLength[occField[o]!]! || 1);
        const weight = (field.boost * idf * (tf * (K + 1))) / (tf + K * norm);
        if (occDoc[o] !== lastDoc) {
          lastDoc = occDoc[o]!;
          docs[postings] = lastDoc;
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

  get termCount(): number {
    return this.terms.length;
  }

  /** The range of term ids that start with `prefix`. */
  private prefixRange(prefix: string): [number, number] {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const start = lo;
    hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[mid]!.startsWith(prefix)) lo = mid + 1;
      else hi = mid;
    }
    return [start, lo];
  }

  /** The indexed terms a query word matches, each with its weight. */
  private expansions(word: string, prefix: boolean): Map<number, number> {
    const out = new Map<number, number>();
    const exact = this.termId.get(word);
    if (exact !== undefined) out.set(exact, 1);
    if (prefix) {
      const [start, end] = this.prefixRange(word);
      for (let t = start; t < end; t++) {
        const distance = this.terms[t]!.length - word.length;
        if (distance === 0) continue;
        const length = this.terms[t]!.length;
        out.set(t, (PREFIX_WEIGHT * length) / (length + 0.3 * distance));
      }
    }
    if (word.length >= FUZZY_MIN_LENGTH) {
      for (let length = word.length - 1; length <= word.length + 1; length++) {
        const candidates = this.byLength[length];
        if (!candidates) continue;
        for (const t of candidates) {
          if (t === exact || !withinOneEdit(word, this.terms[t]!)) continue;
          // A word both a prefix match and a typo counts once, as a prefix match.
          if (out.has(t)) continue;
          out.set(t, (FUZZY_WEIGHT * length) / (length + 1));
        }
      }
    }
    return out;
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
      const expansions = this.expansions(words[i]!, i === words.length - 1);
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
