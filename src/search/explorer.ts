// The query engine of the explorer: text matches and facet filters → ranked results and the
// count of every facet value given the other active filters (OR inside a facet, AND across).
import type { Catalog, CatalogEntry } from '../catalog/catalog';
import { SORT_ORDER, type Kind, type SortKey } from '../catalog/kinds';
import { andInto, count, countAnd, emptySet, fullSet, has, orInto, positions, type Bitset } from './bitset';
import { buildFacets, type Facet, type FacetKey } from './facets';
import type { TextMatches } from './text-matches';
import { TITLE_RANK } from './title-index';

export type { SortKey } from '../catalog/kinds';
export type Filters = Partial<Record<FacetKey, string[]>>;

export interface ExplorerQuery {
  filters: Filters;
  sort: SortKey;
}

export interface ExplorerResult {
  results: CatalogEntry[];
  /** The fiches that match but were hidden (« Pas pour moi »), in title order. */
  hidden: CatalogEntry[];
  /** Facet → value → how many results that value would give with the other filters applied. */
  counts: Map<FacetKey, Map<string, number>>;
}

const NONE: ReadonlySet<number> = new Set();

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export class KindExplorer {
  readonly entries: CatalogEntry[];
  readonly facets: Facet[];
  /** Entry index → position in `entries`, or -1 for entries of the other kind. */
  private readonly positionOf: Int32Array;
  private readonly all: Bitset;

  constructor(
    catalog: Catalog,
    readonly kind: Kind,
  ) {
    this.entries = [...catalog.ofKind[kind]].sort((a, b) => collator.compare(a.title, b.title));
    this.facets = buildFacets(catalog, kind, this.entries);
    this.positionOf = new Int32Array(catalog.entries.length).fill(-1);
    this.entries.forEach((e, p) => (this.positionOf[e.index] = p));
    this.all = fullSet(this.entries.length);
  }

  facet(key: FacetKey): Facet | undefined {
    return this.facets.find((f) => f.key === key);
  }

  /** The fiches that match the text, as a set (all of them when there is no text). */
  private textSet(text: TextMatches | null): Bitset {
    if (text === null) return this.all;
    const set = emptySet(this.entries.length);
    for (const index of text.keys()) {
      const p = this.positionOf[index] ?? -1;
      if (p >= 0) set[p >>> 5]! |= 1 << (p & 31);
    }
    return set;
  }

  /** The union of the selected values of each facet that has a selection. */
  private selections(filters: Filters): Map<FacetKey, Bitset> {
    const selected = new Map<FacetKey, Bitset>();
    for (const facet of this.facets) {
      const values = (filters[facet.key] ?? []).filter((v) => facet.sets.has(v));
      if (values.length === 0) continue;
      const union = emptySet(this.entries.length);
      for (const v of values) orInto(union, union, facet.sets.get(v)!);
      selected.set(facet.key, union);
    }
    return selected;
  }

  private intersect(base: Bitset, selected: Map<FacetKey, Bitset>, except?: FacetKey): Bitset {
    const out = Uint32Array.from(base);
    for (const [key, set] of selected) if (key !== except) andInto(out, out, set);
    return out;
  }

  /** The fiches that match, without those of `hidden` (entry indexes), as a set. */
  private baseSet(text: TextMatches | null, hidden: ReadonlySet<number>): Bitset {
    const base = this.textSet(text);
    if (hidden.size === 0) return base;
    const out = Uint32Array.from(base);
    for (const index of hidden) {
      const p = this.positionOf[index] ?? -1;
      if (p >= 0) out[p >>> 5]! &= ~(1 << (p & 31));
    }
    return out;
  }

  /**
   * The results of a query and the counts of every facet value. Hidden fiches count nowhere:
   * they are listed apart, those that would match.
   */
  run(query: ExplorerQuery, text: TextMatches | null, hidden: ReadonlySet<number> = NONE): ExplorerResult {
    const base = this.baseSet(text, hidden);
    const selected = this.selections(query.filters);
    const counts = new Map<FacetKey, Map<string, number>>();
    for (const facet of this.facets) {
      const scope = this.intersect(base, selected, facet.key);
      counts.set(
        facet.key,
        new Map(facet.values.map((v) => [v.value, countAnd(facet.sets.get(v.value)!, scope)])),
      );
    }
    const matching = positions(this.intersect(base, selected));
    const results = this.rank(matching, query, text).map((p) => this.entries[p]!);
    return { results, counts, hidden: hidden.size === 0 ? [] : this.hiddenMatches(query, text, hidden) };
  }

  private hiddenMatches(query: ExplorerQuery, text: TextMatches | null, hidden: ReadonlySet<number>) {
    const all = this.intersect(this.textSet(text), this.selections(query.filters));
    return [...hidden]
      .map((index) => this.positionOf[index] ?? -1)
      .filter((p) => p >= 0 && (all[p >>> 5]! & (1 << (p & 31))) !== 0)
      .sort((a, b) => a - b)
      .map((p) => this.entries[p]!);
  }

  /** How many results the query would give with the filter `value` of `key` removed. */
  countWithout(
    query: ExplorerQuery,
    text: TextMatches | null,
    key: FacetKey,
    value: string,
    hidden: ReadonlySet<number> = NONE,
  ): number {
    const filters = { ...query.filters, [key]: (query.filters[key] ?? []).filter((v) => v !== value) };
    return count(this.intersect(this.baseSet(text, hidden), this.selections(filters)));
  }

  /** How many fiches of this kind have each value of a facet, whatever the filters. */
  totals(key: FacetKey): Map<string, number> {
    const facet = this.facet(key);
    return new Map(facet ? facet.values.map((v) => [v.value, count(facet.sets.get(v.value)!)]) : []);
  }

  /**
   * The chosen filters that a card does not show by itself, as the card says them for one of
   * the results (« Statut : salarié »); null when there are none.
   */
  metFilters(filters: Filters): ((entry: CatalogEntry) => string[]) | null {
    const chosen = this.facets.flatMap((facet) => {
      const values = facet.notOnCard ? facet.values.filter((v) => filters[facet.key]?.includes(v.value)) : [];
      return values.length > 0 ? [{ facet, values }] : [];
    });
    if (chosen.length === 0) return null;
    return (entry) => {
      const p = this.positionOf[entry.index] ?? -1;
      if (p < 0) return [];
      return chosen.flatMap(({ facet, values }) => {
        const met = values.filter((v) => has(facet.sets.get(v.value)!, p)).map((v) => v.label);
        return met.length > 0 ? [`${facet.legend} : ${met.join(', ')}`] : [];
      });
    };
  }

  /** Positions (in title order) → the same, in the order asked for. */
  private rank(matching: number[], query: ExplorerQuery, text: TextMatches | null): number[] {
    // Sort keys are read once per fiche into an array, not once per comparison; `matching` is
    // in title order, so ties keep alphabetical order (Array.sort is stable).
    // With a query, fiches whose title or appellations hold it (strong matches) come first,
    // each group in the order asked for: a word deep in a fiche's text does not put it first.
    const keyed = (key: (e: CatalogEntry) => number | null, descending = false) => {
      const keys = new Float64Array(this.entries.length);
      const tiers = new Uint8Array(this.entries.length);
      for (const p of matching) {
        const e = this.entries[p]!;
        const k = key(e);
        // Fiches without a value go last, whichever the direction.
        keys[p] = k === null ? Infinity : descending ? -k : k;
        if (text !== null && (text.get(e.index) ?? 0) < TITLE_RANK) tiers[p] = 1;
      }
      return matching.sort((a, b) => tiers[a]! - tiers[b]! || keys[a]! - keys[b]! || 0);
    };
    const order = SORT_ORDER[query.sort];
    if (order.by) return keyed(order.by, order.descending);
    if (query.sort === 'alpha') return matching;
    // Relevance: more of the chosen interests first, then the better text match.
    const interests = this.selectedInterests(query.filters);
    if (interests.size === 0 && text === null) return matching;
    const keys = new Float64Array(this.entries.length);
    for (const p of matching) {
      const e = this.entries[p]!;
      let shared = 0;
      if (interests.size > 0) for (const i of e.interests) if (interests.has(i)) shared++;
      keys[p] = -(shared * 1e9 + (text?.get(e.index) ?? 0));
    }
    return matching.sort((a, b) => keys[a]! - keys[b]!);
  }

  private selectedInterests(filters: Filters): Set<string> {
    const facet = this.facet('interets');
    const labels = (filters.interets ?? []).map((v) => facet?.values.find((x) => x.value === v)?.label);
    return new Set(labels.filter((l): l is string => l !== undefined));
  }
}
