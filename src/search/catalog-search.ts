// Everything the app asks of the catalogue once it is loaded: entries, facets, text search.
import type { Catalog, CatalogEntry } from '../catalog/catalog';
import { NO_TEXT } from '../catalog/bundle';
import type { Kind, TextTable } from '../catalog/schema';
import { closestFiches } from './close-titles';
import { KindExplorer } from './explorer';
import { FicheSearch, type SearchAnswer } from './fiche-search';
import { typedWord } from './analyzer';
import { diplomaSigles, queryWords, textWords, type QueryWord } from './query-words';
import { TextIndex } from './text-index';
import type { TitleIndex } from './title-index';
import { TitleIndexBuilder } from './title-index-builder';

const NO_TEXT_TABLE: TextTable = { ...NO_TEXT.table, shards: [] };

export class CatalogSearch {
  readonly explorers: Record<Kind, KindExplorer>;
  /** The full-text index: its shards are added as the app fetches them (data/text-search.ts). */
  readonly text: TextIndex;
  private titleIndex: TitleIndex | null = null;
  private titleBuilder: TitleIndexBuilder | null = null;
  private engine: FicheSearch | null = null;
  private diplomas: Set<string> | null = null;
  private last: { query: string; missing: number; answer: SearchAnswer } | null = null;

  /**
   * `text`: the full-text index's table (the manifest's); without it, only titles are searched.
   * `explorers`: built beforehand, in separate tasks, by a caller that must not block long.
   */
  constructor(
    readonly catalog: Catalog,
    explorers?: Record<Kind, KindExplorer>,
    text: TextTable = NO_TEXT_TABLE,
  ) {
    this.text = new TextIndex(text);
    this.explorers = explorers ?? {
      metier: new KindExplorer(catalog, 'metier'),
      formation: new KindExplorer(catalog, 'formation'),
    };
  }

  /** Built while the browser is idle after start-up (see `warmUp`), or at the first search. */
  get titles(): TitleIndex {
    if (!this.titleIndex) {
      this.titleIndex = (this.titleBuilder ?? new TitleIndexBuilder(this.catalog.entries)).finish();
      this.titleBuilder = null;
    }
    return this.titleIndex;
  }

  /**
   * Builds the title index ahead of the first keystroke, a slice at a time, whenever
   * `whenIdle` offers time (a search that comes first completes it at once).
   */
  warmUp(whenIdle: (work: (timeLeft: () => number) => void) => void) {
    if (this.titleIndex || this.titleBuilder) return;
    const builder = new TitleIndexBuilder(this.catalog.entries);
    this.titleBuilder = builder;
    const step = (timeLeft: () => number) => {
      if (this.titleBuilder !== builder) return;
      if (builder.work(() => timeLeft() < 1)) void this.titles;
      else whenIdle(step);
    };
    whenIdle(step);
  }

  /** The words of a query that search; none for a query too short to mean anything (« a », « de »). */
  words(query: string): QueryWord[] {
    this.diplomas ??= diplomaSigles(this.catalog.entries);
    return queryWords(query, this.diplomas);
  }

  /** The shards of the full-text index a query needs and that are not loaded yet. */
  missingShards(query: string): number[] {
    return this.text.missing(textWords(this.words(query)));
  }

  /**
   * The shards, not loaded yet, that the next letter of the word being typed may need: fetched
   * ahead from the installed app's own copy, they spare that keystroke the wait (at most `limit`).
   */
  shardsAhead(query: string, limit: number): number[] {
    const word = typedWord(query);
    return word === null ? [] : this.text.ahead(word, limit);
  }

  /**
   * The fiches that have every word of `query`, in their titles or their text (as far as its
   * shards are loaded: see `missingShards`), and where; null when the query has no word that
   * searches (every fiche matches).
   */
  search(query: string): SearchAnswer | null {
    const words = this.words(query);
    if (words.length === 0) return null;
    const key = words.map((w) => w.term).join(' ');
    // The same answer until a shard its words need arrives (not when one read ahead does).
    const missing = this.text.missing(textWords(words)).length;
    if (this.last?.query !== key || this.last.missing !== missing) {
      this.last = { query: key, missing, answer: this.answer(words) };
    }
    return this.last.answer;
  }

  private answer(words: QueryWord[]): SearchAnswer {
    this.engine ??= new FicheSearch(this.catalog.entries, this.titles, this.text);
    return this.engine.search(words);
  }

  /**
   * A close spelling that would find something, for "no result" pages: words of the titles
   * (those a student most likely meant), kept only if the engine finds something with them.
   */
  suggest(query: string): string | null {
    const suggestion = query.trim() === '' ? null : this.titles.suggest(query);
    if (suggestion === null) return null;
    // Not through `search`: the answer on screen (the query's, kept there) stays cached.
    const words = this.words(suggestion);
    return words.length > 0 && this.answer(words).matches.size > 0 ? suggestion : null;
  }

  /** Titles close to some words, for the "fiche introuvable" page. */
  closeTitles(words: string, kind: Kind | null, limit = 5): CatalogEntry[] {
    if (words.trim() === '') return [];
    return closestFiches(this.titles, words)
      .map((i) => this.catalog.entries[i]!)
      .filter((e) => kind === null || e.kind === kind)
      .slice(0, limit);
  }
}
