// Draws pages at build time, so that a phone on a weak network, a search engine or a messaging
// app's link preview reads them without running any JavaScript (scripts/vite-plugin-prerender.ts):
// the first screen of the home page and of the lists, and every fiche, whole. The same components,
// routes and catalogue as in the browser: what is drawn is what the app then draws in its place.
import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { createAppRouter } from './app/router';
import { hydrateCatalog, type CatalogEntry } from './catalog/catalog';
import { CatalogIndexCheck } from './catalog/index-check';
import { KINDS, KIND_LIST } from './catalog/kinds';
import { ChunkSchema, type Fiche } from './catalog/schema';
import { catalogManifest, catalogQuery } from './data/catalog-query';
import { chunkQuery, fichesByKey } from './data/chunk-query';
import { CatalogSearch } from './search/catalog-search';
import { DrawnTitle } from './ui/use-document-title';

export interface DrawnPage {
  /** The inside of #root. */
  html: string;
  title: string;
  /** For `meta description` and `og:description`; the app's own when the page has none. */
  description: string | null;
  /** The file of fiches the page's app will load first (preloaded by the drawn page). */
  chunkFile: string | null;
}

/** A fiche's address, as its links write it (the ids are URL-safe, catalog/schema.ts). */
export const fichePath = (entry: CatalogEntry) => `/${KINDS[entry.kind].routes.segment}/${entry.id}`;

/**
 * Checks and loads the catalogue once; then draws pages from it. `readChunk` reads a file of
 * fiches of the build (by its position in the manifest): a fiche's page needs its whole text.
 */
export function pageRenderer(indexJson: unknown, readChunk: (chunk: number) => unknown) {
  const parsed = CatalogIndexCheck.safeParse(indexJson);
  if (!parsed.success)
    throw new Error(`index du catalogue illisible : ${JSON.stringify(parsed.error.issues[0])}`);
  const catalogSearch = new CatalogSearch(hydrateCatalog(parsed.data));
  const { catalog } = catalogSearch;
  const byPath = new Map(catalog.entries.map((e) => [fichePath(e), e]));

  // One file of fiches in memory at a time: the pages are drawn in the order of the files.
  let held: { chunk: number; fiches: Map<string, Fiche> } | null = null;
  const fichesOf = (chunk: number) => {
    if (held?.chunk !== chunk) {
      const checked = ChunkSchema.safeParse(readChunk(chunk));
      if (!checked.success) throw new Error(`paquet de fiches n° ${chunk} illisible`);
      held = { chunk, fiches: fichesByKey(checked.data.records) };
    }
    return held.fiches;
  };

  return {
    /** Every fiche's address, grouped by file of fiches. */
    fichePaths: (): string[] =>
      KIND_LIST.flatMap(({ kind }) => catalog.ofKind[kind])
        .sort((a, b) => a.chunk - b.chunk)
        .map(fichePath),

    async render(path: string): Promise<DrawnPage> {
      const queryClient = new QueryClient();
      queryClient.setQueryData(catalogQuery.queryKey, catalogSearch);
      const entry = byPath.get(path);
      const fiches = entry ? fichesOf(entry.chunk) : null;
      if (entry && fiches) queryClient.setQueryData(chunkQuery(entry.chunk).queryKey, fiches);
      const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [path] }));
      await router.load();
      let title = '';
      const html = renderToString(
        <DrawnTitle.Provider value={(t) => (title = t)}>
          <App queryClient={queryClient} router={router} />
        </DrawnTitle.Provider>,
      );
      if (!title) throw new Error(`prérendu de ${path} : la page n'a pas donné de titre`);
      return {
        html,
        title,
        description: (entry && fiches?.get(`${entry.kind}/${entry.id}`)?.summary) || null,
        chunkFile: entry ? (catalogManifest.chunks[entry.chunk] ?? null) : null,
      };
    },
  };
}
