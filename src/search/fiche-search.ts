// One answer to a query, from the title index and the full-text index together: the fiches that
// have every word (in their title, names, sigle or type, or in their text), ranked as a student
// expects (the exact title first, then titles that start with the words, then every word in the
// title, then the fiches that describe it in their text), and for each fiche found by its text,
// where.
import type { CatalogEntry } from '../catalog/catalog';
import { processTerm, tokenize } from './analyzer';
import type { QueryWord } from './query-words';
import { stem } from './stemmer';
import { STEM_WEIGHT, TYPING, WHOLE_WORD, type MatchRules } from './term-dictionary';
import type { TextIndex } from './text-index';
import type { TextMatches } from './text-matches';
import { TITLE_RANK, type TitleIndex } from './title-index';
import { isRelatedSection, SECTION_BITS, sectionBit, sectionBoost } from './text-sections';

export interface SearchAnswer {
  /** Entry index → score; fiches whose every word is in their title, names or sigle score above TITLE_RANK. */
  matches: TextMatches;
  /** Fiches found (at least in part) by their text → the section where: « Nature du travail ». */
  foundIn: Map<number, string>;
  /** The query names a diploma (« bts compta »): formations first where both kinds show. */
  namesDiploma: boolean;
}

/** How much a word found in the text weighs beside one found in a title. */
const TEXT_WEIGHT = 1;
/** A word's meaning (« véto » → vétérinaire) weighs as the word in another form. */
const MEANING_WEIGHT = 0.9;
/** The words a whole word only starts or resembles weigh this much less than its own forms. */
const WHOLE_WORD_OTHERS = 0.4;
/** Tiers above TITLE_RANK: the exact title, a title that starts with the words. */
const EXACT_TITLE = 3;
const STARTS_TITLE = 2;

interface WordHit {
  score: number;
  primary: boolean;
  /** Bits of the sections the word is in, 0 when only in titles. */
  sections: number;
}

type Hits = Map<number, WordHit>;

/** A word of a title or name: its stem, and its forms (both genders of an inclusive word). */
interface NameWord {
  stem: string;
  forms: string[];
}

function add(hits: Hits, doc: number, score: number, primary: boolean, sections: number) {
  const hit = hits.get(doc);
  if (!hit) hits.set(doc, { score, primary, sections });
  else {
    hit.score += score;
    hit.primary ||= primary;
    hit.sections |= sections;
  }
}

export class FicheSearch {
  /** Each entry's names as stems, for the tiers (computed for the fiches that reach them). */
  private readonly names: (NameWord[][] | undefined)[] = [];
  private readonly relatedBits: number;

  constructor(
    private readonly entries: readonly CatalogEntry[],
    private readonly titles: TitleIndex,
    private readonly text: TextIndex,
    /** How a typed word matches (every rule on; the tests compare with some off). */
    private readonly rules: MatchRules = TYPING,
  ) {
    this.relatedBits = text.table.sections.reduce(
      (bits, name, i) => (isRelatedSection(name) ? bits | sectionBit(i) : bits),
      0,
    );
  }

  /**
   * The fiches one word (in one form) is in, in titles and text, under `rules`. A word that is
   * itself a word of the fiches is taken as typed whole: a title it only starts (« mer » in
   * « merchandiser ») or resembles is found, but weighs less and not as a title match.
   */
  private term(term: string, rules: MatchRules, textBits = -1): Hits {
    const hits: Hits = new Map();
    const whole = this.titles.dictionary.termId.has(term) || this.text.has(term);
    const others = whole ? WHOLE_WORD_OTHERS : 1;
    for (const [t, factor] of this.titles.dictionary.expand(term, rules)) {
      const { docs, weights, primary } = this.titles.postingsOf(t);
      const same = factor >= STEM_WEIGHT;
      const weight = same ? factor : factor * others;
      for (let p = 0; p < docs.length; p++)
        add(hits, docs[p]!, weight * weights[p]!, (same || !whole) && primary[p] === 1, 0);
    }
    for (const [doc, hit] of this.text.match(term, rules, others)) {
      const sections = hit.sections & textBits;
      if (sections !== 0) add(hits, doc, TEXT_WEIGHT * hit.score, false, sections);
    }
    return hits;
  }

  /** The fiches a query word is in: itself, or one of the phrases it means. */
  private word(word: QueryWord): Hits {
    // A diploma: its formations (by type or sigle) and the fiches that link to one.
    if (word.diploma)
      return this.term(word.term, { prefix: false, fuzzy: false, stems: false }, this.relatedBits);
    const hits = this.term(word.term, this.rules);
    for (const phrase of word.means) {
      let found: Hits | null = null;
      for (const term of phrase) {
        const next = this.term(term, WHOLE_WORD);
        if (found === null) found = next;
        else {
          for (const [doc, hit] of found) {
            const more = next.get(doc);
            if (!more) found.delete(doc);
            else {
              hit.score += more.score;
              hit.primary &&= more.primary;
              hit.sections |= more.sections;
            }
          }
        }
      }
      for (const [doc, hit] of found ?? []) {
        const score = (MEANING_WEIGHT * hit.score) / phrase.length;
        const had = hits.get(doc);
        if (!had) hits.set(doc, { ...hit, score });
        else {
          had.score = Math.max(had.score, score);
          had.primary ||= hit.primary;
          had.sections |= hit.sections;
        }
      }
    }
    return hits;
  }

  /** Each title or name of a fiche as words: their stems, and the forms they take (for prefixes). */
  private nameWords(doc: number): NameWord[][] {
    let names = this.names[doc];
    if (!names) {
      const entry = this.entries[doc]!;
      names = [entry.title, ...entry.names].map((name) => {
        const words: NameWord[] = [];
        for (const token of tokenize(name)) {
          const term = processTerm(token);
          if (term === null) continue;
          const s = stem(term);
          // « infirmier/ère » is one word in two forms.
          if (words.at(-1)?.stem === s) words.at(-1)!.forms.push(term);
          else words.push({ stem: s, forms: [term] });
        }
        return words;
      });
      this.names[doc] = names;
    }
    return names;
  }

  /** 3 when a title or name is the query, 2 when one starts with it, 1 otherwise. */
  private tier(doc: number, words: readonly QueryWord[], forms: readonly Set<string>[]): number {
    let tier = 1;
    const last = words.length - 1;
    for (const name of this.nameWords(doc)) {
      if (name.length < words.length) continue;
      const starts = words.every(
        (w, i) =>
          forms[i]!.has(name[i]!.stem) || (i === last && name[i]!.forms.some((f) => f.startsWith(w.term))),
      );
      if (!starts) continue;
      if (name.length === words.length && forms.every((f, i) => f.has(name[i]!.stem))) return EXACT_TITLE;
      tier = STARTS_TITLE;
    }
    return tier;
  }

  /** The section named for a fiche found by its text: where most words are, describing ones first. */
  private section(bits: number): string {
    let best = -1;
    for (let i = 0; i < Math.min(SECTION_BITS, this.text.table.sections.length); i++) {
      if ((bits & sectionBit(i)) === 0) continue;
      const name = this.text.table.sections[i]!;
      if (best < 0 || sectionBoost(name) > sectionBoost(this.text.table.sections[best]!)) best = i;
    }
    return best < 0 ? '' : this.text.table.sections[best]!;
  }

  search(words: readonly QueryWord[]): SearchAnswer {
    const matches: TextMatches = new Map();
    const foundIn = new Map<number, string>();
    const namesDiploma = words.some((w) => w.diploma);
    if (words.length === 0) return { matches, foundIn, namesDiploma };
    let found: Map<number, { score: number; primary: boolean; all: number; any: number }> | null = null;
    for (const word of words) {
      const hits = this.word(word);
      if (found === null) {
        found = new Map();
        for (const [doc, h] of hits)
          found.set(doc, { score: h.score, primary: h.primary, all: h.sections || -1, any: h.sections });
        continue;
      }
      for (const [doc, acc] of found) {
        const h = hits.get(doc);
        if (!h) {
          found.delete(doc);
          continue;
        }
        acc.score += h.score;
        acc.primary &&= h.primary;
        if (h.sections !== 0) acc.all &= h.sections;
        acc.any |= h.sections;
      }
    }
    // Each query word in the forms a title may hold: its stem, and those of its one-word meanings.
    const forms = words.map(
      (w) => new Set([stem(w.term), ...w.means.filter((m) => m.length === 1).map((m) => stem(m[0]!))]),
    );
    for (const [doc, acc] of found!) {
      if (acc.primary) {
        matches.set(doc, this.tier(doc, words, forms) * TITLE_RANK + acc.score);
        continue;
      }
      matches.set(doc, acc.score);
      const common = acc.all === -1 ? 0 : acc.all & acc.any;
      foundIn.set(doc, this.section(common !== 0 ? common : acc.any));
    }
    return { matches, foundIn, namesDiploma };
  }
}
