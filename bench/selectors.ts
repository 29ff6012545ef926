// How the benchmark recognises the app's list page. Everything it reads of the UI is here, so
// that a change of wording or markup in the app is one edit away (and fails loudly, not slowly).
import type { Kind } from '../src/catalog/schema.ts';
import type { FacetKey } from '../src/search/facets.ts';

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
/** Shown in the status while the full-text worker has not answered the current query. */
export const BODY_PENDING = 'recherche dans le texte';

/** Facet legends of the list pages (src/search/facets.ts). */
export const LEGENDS: Record<Kind, Partial<Record<FacetKey, string>>> = {
  metier: {
    interets: "Centres d'intérêt",
    niveau: "Niveau d'accès",
    duree: "Durée d'études après la 3e",
    statut: 'Statut',
  },
  formation: {
    interets: "Centres d'intérêt",
    type: 'Type de formation',
    niveau: 'Niveau du diplôme',
    duree: 'Durée de la formation',
  },
};

/** The list pages' addresses and the word of their result count. */
export const LIST_PAGES: Record<Kind, { path: string; countWord: RegExp }> = {
  metier: { path: '/metiers', countWord: /\d+ métiers?/ },
  formation: { path: '/formations', countWord: /\d+ formations?/ },
};
