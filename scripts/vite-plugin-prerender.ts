// Draws the first screen of the pages most visits start on (/, /metiers, /formations) into the
// built HTML: on a weak network the list is visible as soon as the page arrives, before the
// JavaScript (≈ 140 KB gzip) and the catalogue have. The app, once started, draws the same
// screen in its place (src/main.tsx). Until then the drawn page is `inert`: it can be read and
// scrolled, but nothing typed or ticked in it could be lost when the app takes over.
//
// Runs in generateBundle, so the pages are in the bundle when the service worker's precache list
// is made (vite-plugin-pwa, closeBundle): installed, the app opens them offline too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { PRERENDER_GUARD } from './prerender-guard.ts';
import { readCatalogManifest } from './vite-plugin-catalog.ts';

/** Address → file. Static hosts serve `/metiers` from `metiers.html` (README, Déploiement). */
export const PRERENDERED_PAGES: Record<string, string> = {
  '/': 'index.html',
  '/metiers': 'metiers.html',
  '/formations': 'formations.html',
};

/** src/prerender.tsx, as seen from here (its types belong to the app's tsconfig). */
interface PrerenderModule {
  pageRenderer(indexJson: unknown): (path: string) => Promise<{ html: string; title: string }>;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const ROOT_DIV = /<div id="root">([\s\S]*)<\/div>(\s*<\/body>)/;

export function prerenderPlugin(catalogDir: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'explorateur-metiers:prerender',
    apply: 'build',
    // After Vite has written index.html into the bundle.
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle(_options, bundle) {
      if (config.build.ssr) return;
      const template = bundle['index.html'];
      if (template?.type !== 'asset' || typeof template.source !== 'string')
        this.error('prérendu : index.html absent du build');
      const html = template.source;
      const shell = ROOT_DIV.exec(html);
      if (!shell) this.error('prérendu : <div id="root"> introuvable dans index.html');

      const manifest = readCatalogManifest(catalogDir);
      const index: unknown = JSON.parse(readFileSync(join(catalogDir, manifest.index), 'utf8'));

      // The app's own modules, run in Node by Vite (the same plugins, hence the same code).
      const server = await createServer({
        configFile: config.configFile,
        mode: config.mode,
        logLevel: 'warn',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, watch: null, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const { pageRenderer } = (await server.ssrLoadModule('/src/prerender.tsx')) as PrerenderModule;
        const renderPage = pageRenderer(index);
        for (const [path, fileName] of Object.entries(PRERENDERED_PAGES)) {
          const { html: body, title } = await renderPage(path);
          // React writes a failed part as `<!--$!-->` and leaves it to the browser: not here.
          const failure = /<!--\$!-->(?:<template[^>]*data-msg="([^"]*)")?/.exec(body);
          if (failure) this.error(`prérendu de ${path} : ${failure[1] ?? 'une partie a échoué'}`);
          const page = html
            .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
            .replace(
              ROOT_DIV,
              (_all, frame: string, end: string) =>
                `<div id="root" data-page="${path}" inert>${body}</div>\n` +
                `    <template id="app-shell">${frame}</template>\n` +
                `    <script>${PRERENDER_GUARD}</script>${end}`,
            );
          if (fileName === 'index.html') template.source = page;
          else this.emitFile({ type: 'asset', fileName, source: page });
        }
      } finally {
        await server.close();
      }
    },
  };
}
