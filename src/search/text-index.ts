// The full-text index in the browser: its table (from the manifest), the shards loaded so far
// (decoded once into typed arrays), and the fiches a word is in. Which shards a query needs is
// known before any is fetched, so that the app fetches them first and then answers at once.
import type { TextShard, TextTable } from '../catalog/schema';
import { STEM_WEIGHT, TermDictionary, type MatchRules } from './term-dictionary';

/** A decoded shard: its words, and their postings in typed arrays. */
interface Shard {
  dictionary: TermDictionary;
  offsets: Int32Array;
  docs: Int32Array;
  weights: Float32Array;
  sections: Uint32Array;
}

/** Where a word's fiches are: its shard, and whether every word it starts is in that shard. */
interface Place {
  file: number;
  /** False for a word shorter than its shard's key (« co » when « coa… », « cob… » are apart). */
  prefix: boolean;
}

/** A fiche a word is in: its weight there, and the sections (bits of the table's) it is in. */
export interface TextHit {
  score: number;
  sections: number;
}

export class TextIndex {
  private readonly keyFile: Map<string, number>;
  /** Keys some longer key starts: their shard holds the key's own word only. */
  private readonly split = new Set<string>();
  /**
   * Key prefix → the letters that follow it in longer keys, those that start the most keys
   * (the most words) first: « co » → n, m, u…
   */
  private readonly nextLetters = new Map<string, string[]>();
  private readonly maxKeyLength: number;
  private readonly shards = new Map<number, Shard>();

  constructor(readonly table: TextTable) {
    this.keyFile = new Map(table.keys.map((k, i) => [k, table.files[i]!]));
    const keysAfter = new Map<string, Map<string, number>>();
    for (const key of table.keys) {
      for (let n = 1; n < key.length; n++) {
        const start = key.slice(0, n);
        this.split.add(start);
        let letters = keysAfter.get(start);
        if (!letters) keysAfter.set(start, (letters = new Map()));
        letters.set(key.charAt(n), (letters.get(key.charAt(n)) ?? 0) + 1);
      }
    }
    for (const [start, letters] of keysAfter) {
      this.nextLetters.set(
        start,
        [...letters].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([letter]) => letter),
      );
    }
    this.maxKeyLength = table.keys.reduce((m, k) => Math.max(m, k.length), 0);
  }

  /** The shard of the words that start as `word` does; null when no indexed word could match. */
  place(word: string): Place | null {
    for (let n = Math.min(word.length, this.maxKeyLength); n > 0; n--) {
      const key = word.slice(0, n);
      const file = this.keyFile.get(key);
      if (file === undefined) continue;
      // A key some longer keys start holds its own word only (« p » when « pra… » is apart).
      return { file, prefix: !this.split.has(key) };
    }
    return null;
  }

  /** The shards `words` need that are not loaded yet. */
  missing(words: Iterable<string>): number[] {
    const files = new Set<number>();
    for (const word of words) {
      const place = this.place(word);
      if (place && !this.shards.has(place.file)) files.add(place.file);
    }
    return [...files];
  }

  /**
   * The shards not loaded yet that `word` may need once one more letter is typed, at most
   * `limit`: its own shard when that holds every word it starts, else the shards of its
   * continuations (« co » → those of « con », « com »…), the most common first.
   */
  ahead(word: string, limit: number): number[] {
    const files = new Set<number>();
    const add = (place: Place | null) => {
      if (place && !this.shards.has(place.file) && files.size < limit) files.add(place.file);
    };
    const here = this.place(word);
    if (here?.prefix) add(here);
    else for (const letter of this.nextLetters.get(word) ?? []) add(this.place(word + letter));
    return [...files];
  }

  /** The file name of shard `file`. */
  fileName(file: number): string {
    return this.table.shards[file]!;
  }

  get loadedCount(): number {
    return this.shards.size;
  }

  /** Decodes a fetched shard; throws on one that does not hold together (truncated, mixed up). */
  add(file: number, shard: TextShard) {
    const { terms, counts, docs, weights, sections } = shard;
    const total = counts.reduce((a, b) => a + b, 0);
    if (
      shard.version !== 1 ||
      counts.length !== terms.length ||
      docs.length !== total ||
      weights.length !== total ||
      sections.length !== total
    ) {
      throw new Error(`${this.fileName(file)} : morceau de l'index du texte incohérent`);
    }
    const offsets = new Int32Array(terms.length + 1);
    const absolute = new Int32Array(total);
    let p = 0;
    for (let t = 0; t < terms.length; t++) {
      offsets[t] = p;
      let doc = 0;
      for (let k = 0; k < counts[t]!; k++, p++) {
        doc += docs[p]!;
        absolute[p] = doc;
      }
    }
    offsets[terms.length] = p;
    const scale = this.table.maxWeight / 255;
    this.shards.set(file, {
      dictionary: new TermDictionary(terms),
      offsets,
      docs: absolute,
      weights: Float32Array.from(weights, (w) => w * scale),
      sections: Uint32Array.from(sections),
    });
  }

  /** Whether `word` is a word of the fiches' text (as far as its shard is loaded). */
  has(word: string): boolean {
    const place = this.place(word);
    return !!place && !!this.shards.get(place.file)?.dictionary.termId.has(word);
  }

  /**
   * The fiches `word` is in, under `rules` (a prefix only where its shard holds every word it
   * starts), each with its best-weighted match, the words it only starts or resembles weighing
   * `others` times as much; words of shards not loaded find nothing.
   */
  match(word: string, rules: MatchRules, others = 1): Map<number, TextHit> {
    const hits = new Map<number, TextHit>();
    const place = this.place(word);
    const shard = place && this.shards.get(place.file);
    if (!place || !shard) return hits;
    const expansions = shard.dictionary.expand(word, { ...rules, prefix: rules.prefix && place.prefix });
    for (const [t, weight] of expansions) {
      const factor = weight >= STEM_WEIGHT ? weight : weight * others;
      for (let p = shard.offsets[t]!; p < shard.offsets[t + 1]!; p++) {
        const doc = shard.docs[p]!;
        const score = factor * shard.weights[p]!;
        const hit = hits.get(doc);
        if (!hit) hits.set(doc, { score, sections: shard.sections[p]! });
        else {
          if (score > hit.score) hit.score = score;
          hit.sections |= shard.sections[p]!;
        }
      }
    }
    return hits;
  }
}
