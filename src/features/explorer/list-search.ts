// The search params of the result lists: validated so that any URL gives a usable view.
import { z } from 'zod/mini';
import type { Kind } from '../../catalog/schema';
import type { CatalogSearch } from '../../search/catalog-search';
import type { ExplorerQuery, Filters, SortKey } from '../../search/explorer';
import { FACET_KEYS, type FacetKey } from '../../search/facets';

export const SORTS: Record<Kind, { value: SortKey; label: string }[]> = {
  metier: [
    { value: 'pertinence', label: 'Pertinence' },
    { value: 'alpha', label: 'Ordre alphabétique' },
    { value: 'niveau', label: "Niveau d'accès" },
    { value: 'duree', label: "Durée d'études" },
    { value: 'salaire', label: 'Salaire de début' },
  ],
  formation: [
    { value: 'pertinence', label: 'Pertinence' },
    { value: 'alpha', label: 'Ordre alphabétique' },
    { value: 'niveau', label: 'Niveau du diplôme' },
    { value: 'duree', label: 'Durée' },
  ],
};

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

const list = z.catch(z.pipe(z.unknown(), z.transform(toList)), undefined);
const text = z.catch(z.pipe(z.unknown(), z.transform(toText)), undefined);
const sort = z.catch(z.optional(z.enum(['pertinence', 'alpha', 'niveau', 'duree', 'salaire'])), undefined);

const metierSearchSchema = z.object({
  q: text,
  interets: list,
  niveau: list,
  duree: list,
  statut: list,
  tri: sort,
});

const formationSearchSchema = z.object({
  q: text,
  interets: list,
  type: list,
  niveau: list,
  duree: list,
  tri: sort,
});

const homeSearchSchema = z.object({ interets: list });
const textSearchSchema = z.object({ q: text });

export type ListSearch = {
  q?: string;
  tri?: SortKey;
} & Partial<Record<FacetKey, string[]>>;

// Route validators: any input gives a valid search object; bad values are dropped. Every key is
// returned, undefined when absent: the router spreads the validated object over the raw
// search params, so an omitted key would let a raw (unvalidated) value through.
export const validateMetierSearch = (raw: Record<string, unknown>): ListSearch =>
  metierSearchSchema.parse(raw);
export const validateFormationSearch = (raw: Record<string, unknown>): ListSearch =>
  formationSearchSchema.parse(raw);
export const validateHomeSearch = (raw: Record<string, unknown>): { interets?: string[] } =>
  homeSearchSchema.parse(raw);
export const validateTextSearch = (raw: Record<string, unknown>): { q?: string } =>
  textSearchSchema.parse(raw);

export function toQuery(kind: Kind, search: ListSearch): ExplorerQuery {
  const filters: Filters = {};
  for (const key of FACET_KEYS[kind]) if (search[key]) filters[key] = search[key];
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
  for (const key of FACET_KEYS[kind]) {
    const values = search[key]?.filter((v) => known(key, v));
    if (values && values.length > 0) out[key] = values;
  }
  if (search.tri && search.tri !== 'pertinence' && SORTS[kind].some((s) => s.value === search.tri))
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
