// The full-text index of the fiches, written at build time beside the bundle: every word of every
// section, field and linked title (titles and names are the title index's, built in the browser
// from the catalogue's index). Cut into shards by the first letters of the words, so that a query
// fetches only the shards of its words; each shard a small JSON file named by its content's hash.
import { KINDS } from '../catalog/kinds';
import type { Block, Fiche, ListItem } from '../catalog/schema';
import { processTerm, tokenize } from './analyzer';
import type { WrittenText } from '../catalog/bundle';
import type { TextShard } from '../catalog/schema';
import { FIELDS_SECTION, sectionBit, sectionBoost } from './text-sections';

/** Raw JSON a shard aims at (~15 KB gzip): a query of three words stays well under 60 KB. */
export const SHARD_TARGET_BYTES = 48 * 1024;
/** Shards are keyed by up to this many first letters. */
export const MAX_KEY_LENGTH = 4;

// BM25 (MiniSearch's defaults), the term frequency counted in section weights.
const K = 1.2;
const B = 0.7;

function listText(items: ListItem[], out: string[]) {
  for (const item of items) {
    out.push(item.text);
    listText(item.items, out);
  }
}

function blockText(block: Block): string {
  if (block.type !== 'list') return block.text;
  const out: string[] = [];
  listText(block.items, out);
  return out.join('\n');
}

/** The parts of a fiche the full-text index holds: (section name, text). */
export function textParts(fiche: Fiche): [string, string][] {
  const parts: [string, string][] = [];
  for (const section of fiche.sections) {
    for (const block of section.blocks) parts.push([section.title, blockText(block)]);
  }
  for (const field of fiche.fields) parts.push([FIELDS_SECTION, [field.value, ...field.values].join('\n')]);
  const related = KINDS[fiche.kind].related.title;
  for (const ref of fiche.related) parts.push([related, ref.title]);
  return parts;
}

interface TermPostings {
  docs: number[];
  tf: number[];
  masks: number[];
}

/** Estimated JSON bytes of a term's entry in a shard. */
function entryBytes(term: string, p: TermPostings): number {
  return term.length + 4 + p.docs.length * 9;
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

/** The index of `records`, whose positions are the catalogue's entry indexes. */
export function writeTextIndex(records: Fiche[]): WrittenText {
  const sections: string[] = [];
  const sectionId = new Map<string, number>();
  const termId = new Map<string, number>();
  const postings: TermPostings[] = [];
  const termOf: string[] = [];
  const length = new Float64Array(records.length);
  const termsOfText = new Map<string, number[]>();

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
  records.forEach((fiche, doc) => {
    for (const [name, text] of textParts(fiche)) {
      let s = sectionId.get(name);
      if (s === undefined) {
        s = sections.length;
        sections.push(name);
        sectionId.set(name, s);
      }
      const boost = sectionBoost(name);
      let ids = termsOfText.get(text);
      if (!ids) {
        ids = [];
        for (const token of tokenize(text)) {
          const term = processTerm(token);
          if (term === null) continue;
          let id = termId.get(term);
          if (id === undefined) {
            id = termOf.length;
            termId.set(term, id);
            termOf.push(term);
            postings.push({ docs: [], tf: [], masks: [] });
          }
          ids.push(id);
        }
        // Linked titles and field values repeat from fiche to fiche; prose does not.
        if (text.length < 200) termsOfText.set(text, ids);
      }
      if (termOf.length > seenIn.length) grow(termOf.length);
      length[doc]! += ids.length;
      const bit = sectionBit(s);
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
    for (const id of touched) {
      const p = postings[id]!;
      p.docs.push(doc);
      p.tf.push(tfOf[id]!);
      p.masks.push(maskOf[id]!);
    }
    touched.length = 0;
  });

  const size = records.length;
  const avgLength = length.reduce((a, b) => a + b, 0) / (size || 1);
  // Weights computed once here; stored on one byte each, relative to the largest.
  const weights: Float64Array[] = postings.map(({ docs, tf }) => {
    const idf = Math.log(1 + (size - docs.length + 0.5) / (docs.length + 0.5));
    return Float64Array.from(docs, (doc, i) => {
      const norm = 1 - B + (B * length[doc]!) / (avgLength || 1);
      return (idf * (tf[i]! * (K + 1))) / (tf[i]! + K * norm);
    });
  });
  const maxWeight = weights.reduce((m, w) => w.reduce((a, b) => Math.max(a, b), m), 0) || 1;

  const sorted = [...termOf].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const bytes = new Map(sorted.map((t) => [t, entryBytes(t, postings[termId.get(t)!]!)]));
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
      const p = postings[id]!;
      shard.terms.push(term);
      shard.counts.push(p.docs.length);
      let last = 0;
      p.docs.forEach((doc, i) => {
        shard.docs.push(doc - last);
        last = doc;
        shard.weights.push(Math.max(1, Math.round((weights[id]![i]! / maxWeight) * 255)));
        shard.sections.push(p.masks[i]!);
      });
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
