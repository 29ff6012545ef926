// The full-text index of the fiches, written at build time beside the bundle: every word of every
// section, field and linked title (titles and names are the title index's, built in the browser
// from the catalogue's index). Cut into shards by the first letters of the words, so that a query
// fetches only the shards of its words; each shard a small JSON file named by its content's hash.
import type { Fiche } from '../catalog/schema';
import { processTerm, tokenize } from './analyzer';
import type { WrittenText } from '../catalog/bundle';
import type { TextShard } from '../catalog/schema';
import { sectionBit, sectionBoost } from './text-sections';
import { partTexts, textSource, type TextSource } from './text-source';

/** Raw JSON a shard aims at (~15 KB gzip): a query of three words stays well under 60 KB. */
export const SHARD_TARGET_BYTES = 48 * 1024;
/** Shards are keyed by up to this many first letters. */
export const MAX_KEY_LENGTH = 4;

// BM25 (MiniSearch's defaults), the term frequency counted in section weights.
const K = 1.2;
const B = 0.7;

/**
 * Every (word, fiche) posting, appended in the fiches' order into flat typed arrays grown by
 * doubling: an array per word, pushed to, made most of the garbage and a third of the time.
 */
class PostingLog {
  size = 0;
  terms = new Int32Array(1 << 16);
  docs = new Int32Array(1 << 16);
  tf = new Float64Array(1 << 16);
  masks = new Int32Array(1 << 16);

  push(term: number, doc: number, tf: number, mask: number) {
    if (this.size === this.terms.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.terms = grow(this.terms);
      this.docs = grow(this.docs);
      this.tf = grow(this.tf);
      this.masks = grow(this.masks);
    }
    const i = this.size++;
    this.terms[i] = term;
    this.docs[i] = doc;
    this.tf[i] = tf;
    this.masks[i] = mask;
  }
}

/** Estimated JSON bytes of a term's entry in a shard. */
function entryBytes(term: string, postings: number): number {
  return term.length + 4 + postings * 9;
}

/** Groups sorted terms by their first letters, deep enough for each group to fit a shard. */
function keyTerms(terms: string[], bytes: Map<string, number>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const split = (members: string[], depth: number) => {
    const byKey = new Map<string, string[]>();
    for (const t of members) {
      const key = t.slice(0, depth);
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(t);
    }
    for (const [key, list] of byKey) {
      const size = list.reduce((n, t) => n + bytes.get(t)!, 0);
      // A term no longer than the key is the key's own: it stays with the key, never split.
      const deeper = list.filter((t) => t.length > depth);
      if (size > SHARD_TARGET_BYTES && depth < MAX_KEY_LENGTH && deeper.length > 1) {
        const own = list.filter((t) => t.length <= depth);
        if (own.length > 0) groups.set(key, own);
        split(deeper, depth + 1);
      } else groups.set(key, list);
    }
  };
  split(terms, 1);
  return groups;
}

/** The index of `records` (or of their `textSource`), whose positions are the catalogue's entry indexes. */
export function writeTextIndex(input: Fiche[] | TextSource): WrittenText {
  const source = Array.isArray(input) ? textSource(input) : input;
  const sections = source.names;
  const termId = new Map<string, number>();
  /** Each token as read, to its term's id (-1: a word that does not search): one lookup a word. */
  const idOfToken = new Map<string, number>();
  const termOf: string[] = [];
  const log = new PostingLog();
  const termsOfText = new Map<string, number[]>();

  const idOf = (token: string): number => {
    let id = idOfToken.get(token);
    if (id !== undefined) return id;
    const term = processTerm(token);
    if (term === null) id = -1;
    else {
      id = termId.get(term);
      if (id === undefined) {
        id = termOf.length;
        termId.set(term, id);
        termOf.push(term);
      }
    }
    idOfToken.set(token, id);
    return id;
  };

  // Per fiche, each term's weighted frequency and sections, in arrays indexed by term id (grown
  // as terms come): a Map of objects per fiche made this loop twice as slow.
  let seenIn = new Int32Array(1024).fill(-1);
  let tfOf = new Float64Array(1024);
  let maskOf = new Int32Array(1024);
  const touched: number[] = [];
  const grow = (size: number) => {
    const next = Math.max(size, seenIn.length * 2);
    const s = new Int32Array(next).fill(-1);
    s.set(seenIn);
    seenIn = s;
    const t = new Float64Array(next);
    t.set(tfOf);
    tfOf = t;
    const m = new Int32Array(next);
    m.set(maskOf);
    maskOf = m;
  };
  const boosts = sections.map(sectionBoost);
  const bits = sections.map((_, s) => sectionBit(s));
  const length = new Float64Array(source.fiches);
  const endFiche = (doc: number) => {
    for (const id of touched) log.push(id, doc, tfOf[id]!, maskOf[id]!);
    touched.length = 0;
  };
  const texts = partTexts(source);
  for (let part = 0; part < source.doc.length; part++) {
    const doc = source.doc[part]!;
    if (part > 0 && doc !== source.doc[part - 1]) endFiche(source.doc[part - 1]!);
    const text = texts[part]!;
    const s = source.section[part]!;
    // Linked titles and field values repeat from fiche to fiche; prose does not.
    const short = text.length < 200;
    let ids = short ? termsOfText.get(text) : undefined;
    if (!ids) {
      ids = [];
      for (const token of tokenize(text)) {
        const id = idOf(token);
        if (id >= 0) ids.push(id);
      }
      if (short) termsOfText.set(text, ids);
    }
    if (termOf.length > seenIn.length) grow(termOf.length);
    length[doc]! += ids.length;
    const boost = boosts[s]!;
    const bit = bits[s]!;
    for (const id of ids) {
      if (seenIn[id] !== doc) {
        seenIn[id] = doc;
        tfOf[id] = 0;
        maskOf[id] = 0;
        touched.push(id);
      }
      tfOf[id]! += boost;
      maskOf[id]! |= bit;
    }
  }
  if (source.doc.length > 0) endFiche(source.doc[source.doc.length - 1]!);

  // Each term's postings, in the fiches' order: a counting sort of the log by term.
  const terms = termOf.length;
  const start = new Int32Array(terms + 1);
  for (let i = 0; i < log.size; i++) start[log.terms[i]! + 1]!++;
  for (let t = 0; t < terms; t++) start[t + 1]! += start[t]!;
  const order = new Int32Array(log.size);
  const fill = start.slice(0, terms);
  for (let i = 0; i < log.size; i++) order[fill[log.terms[i]!]!++] = i;

  // BM25, computed here; stored on one byte each, relative to the largest.
  const size = source.fiches;
  const avgLength = length.reduce((a, b) => a + b, 0) / (size || 1);
  const idf = Float64Array.from({ length: terms }, (_, t) => {
    const df = start[t + 1]! - start[t]!;
    return Math.log(1 + (size - df + 0.5) / (df + 0.5));
  });
  const norm = Float64Array.from(length, (l) => K * (1 - B + (B * l) / (avgLength || 1)));
  const weight = (i: number) => {
    const tf = log.tf[i]!;
    return (idf[log.terms[i]!]! * (tf * (K + 1))) / (tf + norm[log.docs[i]!]!);
  };
  let maxWeight = 0;
  for (let i = 0; i < log.size; i++) maxWeight = Math.max(maxWeight, weight(i));
  maxWeight ||= 1;

  const sorted = [...termOf].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const bytes = new Map(
    sorted.map((t) => [t, entryBytes(t, start[termId.get(t)! + 1]! - start[termId.get(t)!]!)]),
  );
  const groups = keyTerms(sorted, bytes);
  // Keys in term order; consecutive small groups share a file.
  const keys = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: number[] = [];
  const shards: string[] = [];
  let current: string[] = [];
  let currentBytes = 0;
  const flush = () => {
    if (current.length === 0) return;
    const shard: TextShard = { version: 1, terms: [], counts: [], docs: [], weights: [], sections: [] };
    for (const term of current) {
      const id = termId.get(term)!;
      shard.terms.push(term);
      shard.counts.push(start[id + 1]! - start[id]!);
      let last = 0;
      for (let k = start[id]!; k < start[id + 1]!; k++) {
        const i = order[k]!;
        const doc = log.docs[i]!;
        shard.docs.push(doc - last);
        last = doc;
        shard.weights.push(Math.max(1, Math.round((weight(i) / maxWeight) * 255)));
        shard.sections.push(log.masks[i]!);
      }
    }
    shards.push(JSON.stringify(shard));
    current = [];
    currentBytes = 0;
  };
  for (const key of keys) {
    const members = groups.get(key)!;
    const size = members.reduce((n, t) => n + bytes.get(t)!, 0);
    if (currentBytes > 0 && currentBytes + size > SHARD_TARGET_BYTES) flush();
    files.push(shards.length);
    current.push(...members);
    currentBytes += size;
  }
  flush();
  return {
    table: { version: 1, sections, keys, files, maxWeight },
    shards,
  };
}
