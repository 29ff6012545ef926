// How the benchmark recognises the app's list page. Everything it reads of the UI is here, so
// that a change of wording or markup in the app is one edit away (and fails loudly, not slowly).
import { facetsOf, KIND_LIST, type FacetKey, type Kind } from '../src/public-api.ts';

export const SELECTORS = {
  /** A result card of the list: "first results visible" is the first of these on screen. */
  firstResult: 'main ul[aria-label="Résultats"] > li',
  /** The same, of the app itself: not of the page drawn at build time, inert until replaced. */
  appResult: '#root:not([inert]) main ul[aria-label="Résultats"] > li',
  /** The result count ("71 métiers"), a live region. */
  status: 'main [role="status"]',
  /** The list's own search box (not the header's global search). */
  searchBox: 'main form[role="search"] input[type="search"]',
  /** The facet panel of wide screens. */
  facetPanel: 'main aside',
  /** The group of active filters above the results: one button per filter, and the text chip. */
  activeFilters: 'main [role="group"][aria-label="Filtres actifs"]',
} as const;

/** Text of the chip that shows the query, before `« q »`. */
export const QUERY_CHIP_PREFIX = 'Effacer la recherche';
/** Text of a filter chip, before its legend and value. */
export const FILTER_CHIP_PREFIX = 'Retirer le filtre';
/** The button that clears the query and every filter. */
export const CLEAR_ALL = 'Tout effacer';

/** Facet legends of the list pages, as the kinds declare them (src/catalog/kinds.ts). */
export const LEGENDS = Object.fromEntries(
  KIND_LIST.map(({ kind }) => [kind, Object.fromEntries(facetsOf(kind).map((f) => [f.key, f.legend]))]),
) as Record<Kind, Partial<Record<FacetKey, string>>>;

/** The list pages' addresses and the word of their result count. */
export const LIST_PAGES = Object.fromEntries(
  KIND_LIST.map(({ kind, routes, words }) => [
    kind,
    { path: routes.list, countWord: new RegExp(`\\d+ (?:${words.one}|${words.many})`) },
  ]),
) as Record<Kind, { path: string; countWord: RegExp }>;
