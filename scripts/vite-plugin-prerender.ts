// Draws pages into the built HTML (src/prerender.tsx): the first screen of the pages most visits
// start on (/, /metiers, /formations), and every fiche, whole (/metiers/<id>, /formations/<id>).
// On a weak network the page is readable as soon as it arrives, before the JavaScript and the
// catalogue; search engines and link previews read it without running any script. The app, once
// started, adopts the same markup in its place (src/main.tsx). Until then the drawn page is
// `inert`: it can be read and scrolled, but nothing typed or ticked in it could be lost.
//
// Runs in generateBundle, so the pages are in the bundle when the service worker's precache list
// is made (vite-plugin-pwa, closeBundle). The fiches' pages are left out of the precache
// (vite.config.ts): offline, the app draws a fiche from the precached data instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { SITEMAP_LIMIT, sitemap, withHead } from './drawn-page.ts';
import { PRERENDER_GUARD } from './prerender-guard.ts';
import { readCatalogManifest } from './vite-plugin-catalog.ts';

/** Address → file of the pages drawn first. Static hosts serve `/metiers` from `metiers.html`. */
export const PRERENDERED_PAGES: Record<string, string> = {
  '/': 'index.html',
  '/metiers': 'metiers.html',
  '/formations': 'formations.html',
};

/** src/prerender.tsx, as seen from here (its types belong to the app's tsconfig). */
interface PrerenderModule {
  pageRenderer(
    indexJson: unknown,
    readChunk: (chunk: number) => unknown,
  ): {
    fichePaths(): string[];
    render(path: string): Promise<{
      html: string;
      title: string;
      description: string | null;
      chunkFile: string | null;
    }>;
  };
}

export interface PrerenderOptions {
  /** The site's public origin (SITE_URL): absolute canonical and og:url, sitemap.xml. */
  site: string | null;
  /** Draw every fiche too (PRERENDER_FICHES=0 turns it off, for a very large catalogue). */
  fiches: boolean;
}

const ROOT_DIV = /<div id="root">([\s\S]*)<\/div>(\s*<\/body>)/;

export function prerenderPlugin(catalogDir: string, options: PrerenderOptions): Plugin {
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
      const readChunk = (chunk: number): unknown =>
        JSON.parse(readFileSync(join(catalogDir, manifest.chunks[chunk]!), 'utf8'));

      // The app's own modules, run in Node by Vite (the same plugins, hence the same code).
      const server = await createServer({
        configFile: config.configFile,
        mode: config.mode,
        logLevel: 'warn',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, watch: null, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      const started = performance.now();
      try {
        const { pageRenderer } = (await server.ssrLoadModule('/src/prerender.tsx')) as PrerenderModule;
        const renderer = pageRenderer(index, readChunk);
        const fichePaths = options.fiches ? renderer.fichePaths() : [];
        const pages: [string, string][] = [
          ...Object.entries(PRERENDERED_PAGES),
          ...fichePaths.map((path): [string, string] => [path, `${path.slice(1)}.html`]),
        ];
        for (const [path, fileName] of pages) {
          const drawn = await renderer.render(path);
          // React writes a failed part as `<!--$!-->` and leaves it to the browser: not here.
          const failure = /<!--\$!-->(?:<template[^>]*data-msg="([^"]*)")?/.exec(drawn.html);
          if (failure) this.error(`prérendu de ${path} : ${failure[1] ?? 'une partie a échoué'}`);
          const page = withHead(html, {
            path,
            title: drawn.title,
            description: drawn.description,
            site: options.site,
            preload: drawn.chunkFile === null ? null : `${config.base}catalog/${drawn.chunkFile}`,
          }).replace(
            ROOT_DIV,
            (_all, frame: string, end: string) =>
              `<div id="root" data-page="${path}"${drawn.chunkFile === null ? '' : ' data-any-search'} inert>` +
              `${drawn.html}</div>\n` +
              `    <template id="app-shell">${frame}</template>\n` +
              `    <script>${PRERENDER_GUARD}</script>${end}`,
          );
          if (fileName === 'index.html') template.source = page;
          else this.emitFile({ type: 'asset', fileName, source: page });
        }
        if (options.site !== null) {
          const paths = pages.map(([path]) => path);
          if (paths.length > SITEMAP_LIMIT)
            this.warn(`sitemap.xml : ${paths.length} adresses, les ${SITEMAP_LIMIT} premières seulement`);
          const source = sitemap(options.site, paths.slice(0, SITEMAP_LIMIT), manifest.source.exported);
          this.emitFile({ type: 'asset', fileName: 'sitemap.xml', source });
          this.emitFile({
            type: 'asset',
            fileName: 'robots.txt',
            source: `User-agent: *\nAllow: /\n\nSitemap: ${options.site}/sitemap.xml\n`,
          });
        }
        config.logger.info(
          `prérendu : ${pages.length} pages dessinées (dont ${fichePaths.length} fiches) en ` +
            `${((performance.now() - started) / 1000).toFixed(1)} s` +
            (options.site === null ? ' ; SITE_URL absent : ni sitemap.xml ni og:url' : ''),
        );
      } finally {
        await server.close();
      }
    },
  };
}
