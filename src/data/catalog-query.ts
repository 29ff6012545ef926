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
  queryFn: async () => new CatalogSearch(hydrateCatalog(await fetchJson(manifest.index, CatalogIndexSchema))),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: 1,
});
