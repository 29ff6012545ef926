// Everything the app asks of the catalogue once it is loaded: entries, facets, text search.
import type MiniSearch from 'minisearch';
import type { Catalog, CatalogEntry } from '../catalog/catalog';
import type { Kind } from '../catalog/schema';
import { KindExplorer } from './explorer';
import { createTitleIndex, type TextMatches } from './text-index';
import { TitleIndex } from './title-index';

export class CatalogSearch {
  readonly explorers: Record<Kind, KindExplorer>;
  private titleIndex: TitleIndex | null = null;
  /** Only for the rare close-spelling suggestions: built when first asked. */
  private suggestionIndex: MiniSearch<CatalogEntry> | null = null;
  private lastQuery = '';
  private lastMatches: TextMatches = new Map();

  constructor(readonly catalog: Catalog) {
    this.explorers = {
      metier: new KindExplorer(catalog, 'metier'),
      formation: new KindExplorer(catalog, 'formation'),
    };
  }

  /** Built when the browser is idle after start-up (see `warmUp`), or at the first search. */
  get titles(): TitleIndex {
    this.titleIndex ??= new TitleIndex(this.catalog.entries);
    return this.titleIndex;
  }

  private get index(): MiniSearch<CatalogEntry> {
    this.suggestionIndex ??= createTitleIndex(this.catalog.entries);
    return this.suggestionIndex;
  }

  /** Builds the title index ahead of the first keystroke. */
  warmUp() {
    void this.titles;
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
    const q = query.trim();
    if (q === '') return null;
    const [best] = this.index.autoSuggest(q, { fuzzy: 0.34, prefix: true, combineWith: 'AND' });
    return best && best.suggestion !== q.toLowerCase() ? best.suggestion : null;
  }

  /** Titles close to some words, for the "fiche introuvable" page. */
  closeTitles(words: string, kind: Kind | null, limit = 5): CatalogEntry[] {
    if (words.trim() === '') return [];
    return this.index
      .search(words, { combineWith: 'OR', fuzzy: 0.25, prefix: true })
      .map((r) => this.catalog.entries[r.id as number]!)
      .filter((e) => kind === null || e.kind === kind)
      .slice(0, limit);
  }
}
