// Gathers the words of every fiche for the title index, a slice of fiches at a time.
import type { CatalogEntry } from '../catalog/catalog';
import { processTerm, tokenize } from './analyzer';
import { FIELDS, TitleIndex } from './title-index';

/** The words of every field of every fiche, gathered by `TitleIndexBuilder`. */
export interface GatheredWords {
  size: number;
  termsByFirstSeen: string[];
  fieldLength: Float64Array[];
  totalLength: number[];
  /** Every (term, fiche, field) in the order met: by fiche, then field. */
  occTerm: number[];
  occDoc: number[];
  occField: number[];
}

/**
 * Builds a title index a slice of fiches at a time, so that the browser can build it in its
 * idle moments without a long task; `finish` completes it at once when a search cannot wait.
 */
export class TitleIndexBuilder {
  private readonly words: GatheredWords;
  private readonly termId = new Map<string, number>();
  // Names and types repeat from fiche to fiche: each distinct text is analysed once.
  private readonly termsOfText = new Map<string, number[]>();
  private next = 0;

  constructor(private readonly entries: CatalogEntry[]) {
    this.words = {
      size: entries.length,
      termsByFirstSeen: [],
      fieldLength: FIELDS.map(() => new Float64Array(entries.length)),
      totalLength: FIELDS.map(() => 0),
      occTerm: [],
      occDoc: [],
      occField: [],
    };
  }

  private analyse(text: string): number[] {
    let ids = this.termsOfText.get(text);
    if (ids) return ids;
    ids = [];
    for (const token of tokenize(text)) {
      const term = processTerm(token);
      if (term === null) continue;
      let id = this.termId.get(term);
      if (id === undefined) {
        id = this.words.termsByFirstSeen.length;
        this.termId.set(term, id);
        this.words.termsByFirstSeen.push(term);
      }
      ids.push(id);
    }
    this.termsOfText.set(text, ids);
    return ids;
  }

  /** Gathers the words of fiches until `enough()` says so; true once every fiche is done. */
  work(enough: () => boolean): boolean {
    const { words } = this;
    while (this.next < this.entries.length) {
      const entry = this.entries[this.next++]!;
      for (let f = 0; f < FIELDS.length; f++) {
        let length = 0;
        for (const text of FIELDS[f]!.of(entry)) {
          for (const id of this.analyse(text)) {
            words.occTerm.push(id);
            words.occDoc.push(entry.index);
            words.occField.push(f);
            length++;
          }
        }
        words.fieldLength[f]![entry.index] = length;
        words.totalLength[f]! += length;
      }
      if (this.next % 64 === 0 && enough()) break;
    }
    return this.next >= this.entries.length;
  }

  finish(): TitleIndex {
    this.work(() => false);
    return new TitleIndex(this.words);
  }
}

/** Builds a title index at once. */
export function buildTitleIndex(entries: CatalogEntry[]): TitleIndex {
  return new TitleIndexBuilder(entries).finish();
}
