// What the app offers to code outside it: the benchmark (bench/) and the end-to-end tests (e2e/)
// import only this module (the linter holds them to it), so that the app's modules can be
// reorganised freely as long as these names keep their meaning.

// The catalogue: its files, its records, its words.
export type { CatalogEntry, Catalog } from './catalog/catalog';
export { hydrateCatalog } from './catalog/catalog';
export type { CatalogIndex } from './catalog/index-columns';
export { CatalogIndexSchema } from './catalog/index-schema';
export type { Fiche, Manifest } from './catalog/schema';
export { facetsOf, KIND_LIST, KINDS } from './catalog/kinds';
export type { FacetKey, Kind, SortKey } from './catalog/kinds';
export { labelKey, slugify } from './catalog/text';

// The engine, as the list pages use it.
export { CatalogSearch } from './search/catalog-search';
export type { Filters, KindExplorer } from './search/explorer';
export type { TitleIndex } from './search/title-index';
export { processTerm, tokenize } from './search/analyzer';

// Addresses.
export { stringifySearch } from './url/search-params';
