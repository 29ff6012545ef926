// Draws the first screen of the pages most visits start on, at build time, so that a phone on a
// weak network shows them before any JavaScript has arrived (scripts/vite-plugin-prerender.ts).
// The same components, routes and catalogue as in the browser: what is drawn is what the app
// then draws in its place.
import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { renderToString } from 'react-dom/server';
import { App } from './app/App';
import { hydrateCatalog } from './catalog/catalog';
import { CatalogIndexCheck } from './catalog/index-check';
import { catalogQuery } from './data/catalog-query';
import { createAppRouter } from './app/router';
import { CatalogSearch } from './search/catalog-search';
import { DrawnTitle } from './ui/use-document-title';

/**
 * Checks and loads the catalogue once; then draws pages from it: each one's markup (the inside of
 * #root) and title.
 */
export function pageRenderer(indexJson: unknown) {
  const parsed = CatalogIndexCheck.safeParse(indexJson);
  if (!parsed.success)
    throw new Error(`index du catalogue illisible : ${JSON.stringify(parsed.error.issues[0])}`);
  const catalogSearch = new CatalogSearch(hydrateCatalog(parsed.data));

  return async (path: string): Promise<{ html: string; title: string }> => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(catalogQuery.queryKey, catalogSearch);
    const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [path] }));
    await router.load();
    let title = '';
    const html = renderToString(
      <DrawnTitle.Provider value={(t) => (title = t)}>
        <App queryClient={queryClient} router={router} />
      </DrawnTitle.Provider>,
    );
    if (!title) throw new Error(`prérendu de ${path} : la page n'a pas donné de titre`);
    return { html, title };
  };
}
