// Everything the app asks of the catalogue once it is loaded: entries, facets, text search.
import type { Catalog, CatalogEntry } from '../catalog/catalog';
import type { Kind } from '../catalog/schema';
import { closestFiches } from './close-titles';
import { KindExplorer } from './explorer';
import type { TextMatches } from './text-matches';
import type { TitleIndex } from './title-index';
import { TitleIndexBuilder } from './title-index-builder';

export class CatalogSearch {
  readonly explorers: Record<Kind, KindExplorer>;
  private titleIndex: TitleIndex | null = null;
  private titleBuilder: TitleIndexBuilder | null = null;
  private lastQuery = '';
  private lastMatches: TextMatches = new Map();

  /** `explorers`: built beforehand, in separate tasks, by a caller that must not block long. */
  constructor(
    readonly catalog: Catalog,
    explorers?: Record<Kind, KindExplorer>,
  ) {
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

  /** Matches in titles, appellations, sigles, types and summaries; null when there is no text. */
  searchTitles(query: string): TextMatches | null {
    const q = query.trim();
    if (q === '') return null;
    if (q !== this.lastQuery) {
      this.lastMatches = this.titles.search(q);
      this.lastQuery = q;
    }
    return this.lastMatches;
  }

  /** A close spelling that would find something, for "no result" pages. */
  suggest(query: string): string | null {
    return query.trim() === '' ? null : this.titles.suggest(query);
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
