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
    // Neither at start-up nor on the first keystroke: in idle moments, a slice at a time.
    search.warmUp((work) => {
      if (window.requestIdleCallback)
        window.requestIdleCallback((deadline) => work(() => deadline.timeRemaining()));
      else
        window.setTimeout(() => {
          const started = performance.now();
          work(() => 8 - (performance.now() - started));
        }, 50);
    });
    return search;
  },
  staleTime: Infinity,
  gcTime: Infinity,
  retry: 1,
});
