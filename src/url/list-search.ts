// The search params of the result lists, derived from the kinds' declarations (catalog/kinds.ts):
// validated so that any URL gives a usable view, and written in one canonical form.
import { z } from 'zod/mini';
import {
  facetsOf,
  KIND_LIST,
  KINDS,
  SORT_KEYS,
  type FacetKey,
  type Kind,
  type SortKey,
} from '../catalog/kinds';
import type { CatalogSearch } from '../search/catalog-search';
import type { ExplorerQuery, Filters } from '../search/explorer';

const MAX_VALUES = 50;
const VALUE = /^[a-z0-9][a-z0-9.-]{0,119}$/;

/** `a,b` or a repeated key → distinct well-formed values; anything else → nothing. */
function toList(input: unknown): string[] | undefined {
  const items = Array.isArray(input) ? input : [input];
  const raw = items.flatMap((item) =>
    typeof item === 'string' || typeof item === 'number' ? String(item).split(',') : [],
  );
  const values = [...new Set(raw.map((v) => v.trim()).filter((v) => VALUE.test(v)))].slice(0, MAX_VALUES);
  return values.length > 0 ? values : undefined;
}

function toText(input: unknown): string | undefined {
  if (typeof input !== 'string' && typeof input !== 'number') return undefined;
  const text = String(input).slice(0, 200);
  return text.trim() === '' ? undefined : text;
}

/**
 * The query of a location's raw search, as the page will read it (cut at 200 characters), for a
 * route's loader: read there rather than declared in `loaderDeps`, which would make each
 * keystroke a navigation that waits for the loader.
 */
export function searchedText(search: object): string | undefined {
  return toText((search as { q?: unknown }).q);
}

const list = z.catch(z.pipe(z.unknown(), z.transform(toList)), undefined);
const text = z.catch(z.pipe(z.unknown(), z.transform(toText)), undefined);
const sort = z.catch(z.optional(z.enum(SORT_KEYS)), undefined);

export type ListSearch = {
  q?: string;
  tri?: SortKey;
} & Partial<Record<FacetKey, string[]>>;

/** A list's schema: its text, one list of values per facet of the kind, its sort. */
const listSchema = (kind: Kind) =>
  z.object({ q: text, ...Object.fromEntries(facetsOf(kind).map((f) => [f.key, list])), tri: sort });

const LIST_SCHEMAS = Object.fromEntries(KIND_LIST.map(({ kind }) => [kind, listSchema(kind)])) as Record<
  Kind,
  ReturnType<typeof listSchema>
>;
const homeSearchSchema = z.object({ interets: list });
const textSearchSchema = z.object({ q: text });

// Route validators: any input gives a valid search object; bad values are dropped. Every key is
// returned, undefined when absent: the router spreads the validated object over the raw
// search params, so an omitted key would let a raw (unvalidated) value through.
export const validateListSearch =
  (kind: Kind) =>
  (raw: Record<string, unknown>): ListSearch =>
    LIST_SCHEMAS[kind].parse(raw) as ListSearch;
export const validateHomeSearch = (raw: Record<string, unknown>): { interets?: string[] } =>
  homeSearchSchema.parse(raw);
export const validateTextSearch = (raw: Record<string, unknown>): { q?: string } =>
  textSearchSchema.parse(raw);

export function toQuery(kind: Kind, search: ListSearch): ExplorerQuery {
  const filters: Filters = {};
  for (const { key } of facetsOf(kind)) if (search[key]) filters[key] = search[key];
  return { filters, sort: search.tri ?? 'pertinence' };
}

/**
 * The canonical form of a list URL: only values the catalogue knows, in a fixed key order,
 * defaults left out. When it differs from the URL, the app rewrites the URL to it.
 */
export function canonicalSearch(
  kind: Kind,
  search: ListSearch,
  known: (key: FacetKey, value: string) => boolean,
): ListSearch {
  const out: ListSearch = {};
  if (search.q !== undefined) out.q = search.q;
  for (const { key } of facetsOf(kind)) {
    const values = search[key]?.filter((v) => known(key, v));
    if (values && values.length > 0) out[key] = values;
  }
  if (search.tri && search.tri !== 'pertinence' && KINDS[kind].sorts.some((s) => s.key === search.tri))
    out.tri = search.tri;
  return out;
}

/** `canonicalSearch` for the routes: the catalogue says which filter values exist. */
export function canonicalListSearch(
  kind: Kind,
  search: ListSearch,
  catalogSearch: CatalogSearch | undefined,
): ListSearch {
  if (!catalogSearch) return search;
  const explorer = catalogSearch.explorers[kind];
  return canonicalSearch(kind, search, (key, value) => explorer.facet(key)?.sets.has(value) ?? false);
}
