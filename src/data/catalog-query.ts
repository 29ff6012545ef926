// The compact index of the catalogue, loaded once and kept for the session.
import { queryOptions } from '@tanstack/react-query';
import manifest from 'virtual:catalog-manifest';
import { hydrateCatalog } from '../catalog/catalog';
import { CatalogIndexSchema } from '../catalog/schema';
import { CatalogSearch } from '../search/catalog-search';
import { fetchJson } from './fetch-json';

export const catalogManifest = manifest;

export const catalogQuery = queryOptions({
  queryKey: ['catalog', manifest.dataVersion],
  queryFn: async () => {
    const search = new CatalogSearch(hydrateCatalog(await fetchJson(manifest.index, CatalogIndexSchema)));
    // Neither at start-up nor on the first keystroke: in the first idle moment.
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    idle(() => search.warmUp());
    return search;
  },
  staleTime: Infinity,
  gcTime: Infinity,
  retry: 1,
});
