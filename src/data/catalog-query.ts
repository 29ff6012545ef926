// The compact index of the catalogue, loaded once and kept for the session.
import { queryOptions } from '@tanstack/react-query';
import manifest from 'virtual:catalog-manifest';
import { hydrateCatalog } from '../catalog/catalog';
import { CatalogIndexCheck } from '../catalog/index-check';
import { CatalogSearch } from '../search/catalog-search';
import { KindExplorer } from '../search/explorer';
import { fetchJson } from './fetch-json';

export const catalogManifest = manifest;

/** Lets the browser paint and handle input between two pieces of start-up work. */
const nextTask = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));

/** At most this much work per idle slice: on a phone 4× slower it stays under a long task. */
const SLICE_MS = 8;

export const catalogQuery = queryOptions({
  queryKey: ['catalog', manifest.dataVersion],
  queryFn: async () => {
    // Five tasks rather than one long one: a cheap phone stays responsive while it loads. (The
    // index is preloaded: without this first one, reading and checking it would join the task
    // that asked for it.)
    await nextTask();
    const index = await fetchJson(manifest.index, CatalogIndexCheck);
    await nextTask();
    const catalog = hydrateCatalog(index);
    await nextTask();
    const metier = new KindExplorer(catalog, 'metier');
    await nextTask();
    const catalogSearch = new CatalogSearch(
      catalog,
      { metier, formation: new KindExplorer(catalog, 'formation') },
      manifest.text,
    );
    // Neither at start-up nor on the first keystroke: in idle moments, a slice at a time.
    catalogSearch.warmUp((work) => {
      const slice = (timeLeft: () => number) => {
        const started = performance.now();
        work(() => Math.min(timeLeft(), SLICE_MS - (performance.now() - started)));
      };
      if (window.requestIdleCallback)
        window.requestIdleCallback((deadline) => slice(() => deadline.timeRemaining()));
      else window.setTimeout(() => slice(() => SLICE_MS), 50);
    });
    return catalogSearch;
  },
  staleTime: Infinity,
  gcTime: Infinity,
  retry: 1,
});
