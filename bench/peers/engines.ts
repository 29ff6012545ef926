// The three engines behind one interface: a state of the explorer in, the total, the first page
// and every facet count out. Each engine answers what the list page needs to render: the
// results of the first page, how many results there are, and the disjunctive count of every
// facet value (OR inside a facet, AND across facets, each facet counted without its own filter).
import {
  create,
  insertMultiple,
  search as oramaSearch,
  type Orama,
  type Results,
  type SearchParams,
  type TypedDocument,
} from '@orama/orama';
import itemsjs from 'itemsjs';
import type MiniSearch from 'minisearch';
import {
  facetsOf,
  KIND_LIST,
  processTerm,
  tokenize,
  type CatalogEntry,
  type CatalogSearch,
  type FacetKey,
  type Kind,
  type KindExplorer,
  type TitleIndex,
} from '../../src/public-api.ts';
import type { EngineState } from './protocol.ts';

export const PAGE_SIZE = 30;

const FACET_KEYS = (kind: Kind): FacetKey[] => facetsOf(kind).map((f) => f.key);

export type Counts = Map<FacetKey, Map<string, number>>;

export interface EngineOutput {
  total: number;
  firstPage: number[];
  counts: Counts;
}

export interface Engine {
  run(state: EngineState): EngineOutput;
}

/** Facet values of every entry of a kind, read back from the app's own facet sets. */
function facetValuesByEntry(explorer: KindExplorer): Map<CatalogEntry, Record<string, string[]>> {
  const values = new Map<CatalogEntry, Record<string, string[]>>(
    explorer.entries.map((e) => [e, Object.fromEntries(FACET_KEYS(explorer.kind).map((k) => [k, []]))]),
  );
  for (const facet of explorer.facets) {
    for (const [value, set] of facet.sets) {
      for (let p = 0; p < explorer.entries.length; p++) {
        if ((set[p >>> 5]! & (1 << (p & 31))) !== 0)
          values.get(explorer.entries[p]!)![facet.key]!.push(value);
      }
    }
  }
  return values;
}

/**
 * The app's engine as the list page calls it: title search, then `KindExplorer.run`. The title
 * index is queried directly, without the app's cache of the last query, so that every state
 * pays for its text search as the peers' do.
 */
export function appEngine(
  catalogSearch: CatalogSearch,
  titleIndex: TitleIndex,
): Engine & {
  facetsOnly(state: EngineState, text: Map<number, number> | null): void;
  text(state: EngineState): Map<number, number> | null;
} {
  const text = (state: EngineState) => (state.q.trim() === '' ? null : titleIndex.search(state.q.trim()));
  return {
    text,
    facetsOnly(state, matches) {
      catalogSearch.explorers[state.kind].run({ filters: state.filters, sort: state.sort }, matches);
    },
    run(state) {
      const result = catalogSearch.explorers[state.kind].run(
        { filters: state.filters, sort: state.sort },
        text(state),
      );
      return {
        total: result.results.length,
        firstPage: result.results.slice(0, PAGE_SIZE).map((e) => e.index),
        counts: result.counts,
      };
    },
  };
}

interface ItemsjsResult {
  pagination: { total: number };
  data: {
    items: { id: string }[];
    aggregations: Record<string, { buckets: { key: string; doc_count: number }[] }>;
  };
}

/**
 * itemsjs with MiniSearch for the text, as its documentation recommends: the text search gives
 * ids, itemsjs filters them and counts the facets. It shares the app's title index, so that the
 * text part costs both engines the same and the difference is the facet engine.
 */
export function itemsjsEngine(
  catalogSearch: CatalogSearch,
  titleIndex: MiniSearch<CatalogEntry>,
): Engine & { facetsOnly(state: EngineState, ids: string[] | undefined): void } {
  const engines = {} as Record<Kind, ReturnType<typeof itemsjs>>;
  for (const kind of ['metier', 'formation'] as const) {
    const explorer = catalogSearch.explorers[kind];
    const values = facetValuesByEntry(explorer);
    const items = explorer.entries.map((e) => ({ id: String(e.index), title: e.title, ...values.get(e)! }));
    engines[kind] = itemsjs(items, {
      native_search_enabled: false,
      aggregations: Object.fromEntries(
        FACET_KEYS(kind).map((key) => [
          key,
          { conjunction: false, size: 1000, chosen_filters_on_top: false },
        ]),
      ),
      sortings: { alpha: { field: 'title', order: 'asc' } },
    });
  }
  const kindOf = (index: number) => catalogSearch.catalog.entries[index]!.kind;
  const ids = (state: EngineState) =>
    state.q.trim() === ''
      ? undefined
      : titleIndex
          .search(state.q.trim())
          .filter((r) => kindOf(r.id as number) === state.kind)
          .map((r) => String(r.id));
  const query = (state: EngineState, textIds: string[] | undefined) =>
    engines[state.kind].search({
      per_page: PAGE_SIZE,
      ids: textIds,
      filters: state.filters,
      ...(state.sort === 'alpha' ? { sort: 'alpha' } : {}),
    }) as unknown as ItemsjsResult;
  return {
    facetsOnly: (state, textIds) => void query(state, textIds),
    run(state) {
      const result = query(state, ids(state));
      const counts: Counts = new Map();
      for (const [key, aggregation] of Object.entries(result.data.aggregations)) {
        counts.set(key as FacetKey, new Map(aggregation.buckets.map((b) => [b.key, b.doc_count])));
      }
      return {
        total: result.pagination.total,
        firstPage: result.data.items.map((i) => Number(i.id)),
        counts,
      };
    },
  };
}

/** Every facet of either kind: Orama's schema holds them all. */
const ALL_FACET_KEYS = [...new Set(KIND_LIST.flatMap(({ kind }) => FACET_KEYS(kind)))];

type OramaDb = Orama<Record<string, 'string' | 'enum' | 'enum[]'>>;
type OramaDoc = TypedDocument<OramaDb>;

const field = (key: FacetKey) => (key === 'type' ? 'typeFacet' : key);

/**
 * Orama with its own full-text index (the app's French analyzer as tokenizer, so that words
 * match alike) and its facets. Orama counts facets over the results of one search, so the
 * disjunctive counts of a facet that has a selection take one more search without that
 * selection: 1 + (facets with a selection) searches per state, the usual way with such engines.
 */
export function oramaEngine(catalogSearch: CatalogSearch): Engine {
  const tokenizer = {
    language: 'french',
    normalizationCache: new Map<string, string>(),
    tokenize: (raw: string) =>
      tokenize(raw)
        .map(processTerm)
        .filter((t): t is string => t !== null),
  };
  const values = new Map(
    KIND_LIST.map(({ kind }) => [kind, facetValuesByEntry(catalogSearch.explorers[kind])] as const),
  );
  // Single-valued facets are `enum` (filtered with `in`), multi-valued ones `enum[]` (`containsAny`),
  // as the data says.
  const multi = new Set(
    ALL_FACET_KEYS.filter((key) =>
      [...values.values()].some((byEntry) => [...byEntry.values()].some((v) => (v[key]?.length ?? 0) > 1)),
    ),
  );
  const schema = {
    title: 'string',
    names: 'string',
    sigle: 'string',
    type: 'string',
    ...Object.fromEntries(ALL_FACET_KEYS.map((key) => [field(key), multi.has(key) ? 'enum[]' : 'enum'])),
  } as const;
  const dbs = {} as Record<Kind, OramaDb>;
  for (const { kind } of KIND_LIST) {
    const explorer = catalogSearch.explorers[kind];
    const db = create({ schema, components: { tokenizer } }) as OramaDb;
    const docs = explorer.entries.map((e) => {
      const v = values.get(kind)!.get(e)!;
      const doc: Record<string, unknown> = {
        id: String(e.index),
        title: e.title,
        names: e.names.join(' · '),
        sigle: e.sigle ?? '',
        type: e.type ?? '',
      };
      for (const key of FACET_KEYS(kind)) {
        if (multi.has(key)) doc[field(key)] = v[key];
        else if (v[key]!.length > 0) doc[field(key)] = v[key]![0];
      }
      return doc as OramaDoc;
    });
    void insertMultiple(db, docs);
    dbs[kind] = db;
  }

  const where = (state: EngineState, except?: FacetKey) => {
    const out: Record<string, unknown> = {};
    for (const key of FACET_KEYS(state.kind)) {
      const selected = state.filters[key];
      if (key === except || !selected || selected.length === 0) continue;
      out[field(key)] = multi.has(key) ? { containsAny: selected } : { in: selected };
    }
    return out;
  };
  const term = (state: EngineState) => state.q.trim();
  const textParams = (state: EngineState) =>
    term(state) === ''
      ? {}
      : {
          term: term(state),
          properties: ['title', 'names', 'sigle', 'type'] as const,
          boost: { title: 4, names: 3, sigle: 3, type: 1.5 },
          tolerance: 1,
          // Every word must match, as in the app (MiniSearch `combineWith: 'AND'`).
          threshold: 0,
        };
  const facetCounts = (results: Results<OramaDoc>, key: FacetKey) =>
    new Map(Object.entries(results.facets?.[field(key)]?.values ?? {}).filter(([value]) => value !== ''));

  return {
    run(state) {
      const db = dbs[state.kind];
      const keys = FACET_KEYS(state.kind);
      const selected = keys.filter((k) => (state.filters[k]?.length ?? 0) > 0);
      const main = oramaSearch(db, {
        ...textParams(state),
        where: where(state),
        facets: Object.fromEntries(keys.filter((k) => !selected.includes(k)).map((k) => [field(k), {}])),
        limit: PAGE_SIZE,
      } as SearchParams<OramaDb>) as Results<OramaDoc>;
      const counts: Counts = new Map();
      for (const key of keys) if (!selected.includes(key)) counts.set(key, facetCounts(main, key));
      for (const key of selected) {
        const other = oramaSearch(db, {
          ...textParams(state),
          where: where(state, key),
          facets: { [field(key)]: {} },
          limit: 0,
        } as SearchParams<OramaDb>) as Results<OramaDoc>;
        counts.set(key, facetCounts(other, key));
      }
      return { total: main.count, firstPage: main.hits.map((h) => Number(h.id)), counts };
    },
  };
}
