// Makes the compiled catalogue part of the app: the app's code imports the manifest (so a given
// build of the code always asks for the data it was built with), the data files are served in
// development and emitted into the build under catalog/, and index.html preloads the index so
// that it downloads alongside the JavaScript.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { ManifestSchema, type Manifest } from '../src/catalog/schema.ts';

const ID = 'virtual:catalog-manifest';
const RESOLVED = `\0${ID}`;

/** The compiled catalogue's manifest, or a message that says how to make it. */
export function readCatalogManifest(catalogDir: string): Manifest {
  const manifestPath = join(catalogDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`catalogue absent (${manifestPath}) : lancez « npm run catalog » avant Vite`);
  }
  return ManifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
}

export function catalogPlugin(catalogDir: string): Plugin {
  const manifestPath = join(catalogDir, 'manifest.json');
  let config: ResolvedConfig;
  const readManifest = () => readCatalogManifest(catalogDir);

  return {
    name: 'explorateur-metiers:catalog',
    configResolved(resolved) {
      config = resolved;
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(manifestPath);
      return `export default ${JSON.stringify(readManifest())};`;
    },
    generateBundle() {
      const manifest = readManifest();
      for (const name of [manifest.index, manifest.summaries, ...manifest.chunks, ...manifest.text.shards]) {
        this.emitFile({
          type: 'asset',
          fileName: `catalog/${name}`,
          source: readFileSync(join(catalogDir, name)),
        });
      }
    },
    transformIndexHtml() {
      const manifest = readManifest();
      return [
        {
          tag: 'link',
          attrs: {
            rel: 'preload',
            as: 'fetch',
            crossorigin: '',
            href: `${config.base}catalog/${manifest.index}`,
          },
          injectTo: 'head',
        },
      ];
    },
    configureServer(server) {
      server.middlewares.use(`${config.base}catalog/`, (req, res, next) => {
        const name = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
        const path = join(catalogDir, name);
        if (!/^[\w.-]+\.json$/.test(name) || !existsSync(path)) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(path));
      });
      // `npm run catalog` while `npm run dev` runs: reload the page on the new data.
      server.watcher.add(manifestPath);
      server.watcher.on('change', (path) => {
        if (path !== manifestPath) return;
        const module = server.moduleGraph.getModuleById(RESOLVED);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
