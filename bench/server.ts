// A small static server for the benchmark. `vite preview` sends files uncompressed, but the
// budgets are in compressed bytes and real hosts compress: this server sends every text file
// gzip-compressed (or brotli, on request), precompressed once at maximum level like a static
// deployment would, with the cache headers the README recommends, and falls back to index.html
// for the app's own addresses.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'gzip' | 'br' | 'identity';

export interface Mount {
  /** URL prefix, e.g. "/" or "/bench-peers/". */
  prefix: string;
  dir: string;
  /** Extra response headers for this mount. */
  headers?: Record<string, string>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);

interface Prepared {
  raw: Buffer;
  gzip?: Buffer;
  br?: Buffer;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(mounts: Mount[], port: number, encoding: Encoding): Promise<StaticServer> {
  const cache = new Map<string, Prepared>();
  /** Compresses once, like a deployment's precompressed files: brotli 11 only when asked for. */
  const prepare = (path: string): Prepared => {
    let entry = cache.get(path);
    if (!entry) {
      entry = { raw: readFileSync(path) };
      cache.set(path, entry);
    }
    if (COMPRESSIBLE.has(extname(path))) {
      if (encoding === 'gzip' && !entry.gzip) entry.gzip = gzipSync(entry.raw, { level: 9 });
      if (encoding === 'br' && !entry.br) {
        entry.br = brotliCompressSync(entry.raw, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: entry.raw.length,
          },
        });
      }
    }
    return entry;
  };
  // Everything is compressed before the first request, so that no measure pays for it.
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) prepare(path);
    }
  };
  for (const mount of mounts) walk(resolve(mount.dir));

  const locate = (pathname: string): { path: string; fallback: boolean; mount: Mount } | null => {
    const mount = [...mounts]
      .sort((a, b) => b.prefix.length - a.prefix.length)
      .find((m) => pathname.startsWith(m.prefix));
    if (!mount) return null;
    const root = resolve(mount.dir);
    const relative = decodeURIComponent(pathname.slice(mount.prefix.length));
    const candidate = normalize(join(root, relative));
    if (!candidate.startsWith(root)) return null;
    if (existsSync(candidate) && statSync(candidate).isFile())
      return { path: candidate, fallback: false, mount };
    const index = join(candidate, 'index.html');
    if (existsSync(index)) return { path: index, fallback: false, mount };
    // A page drawn at build time (`/metiers` → metiers.html), as static hosts serve it.
    const page = `${candidate}.html`;
    if (extname(pathname) === '' && existsSync(page)) return { path: page, fallback: false, mount };
    // An address of the app (no file extension): the single-page app answers it.
    if (extname(pathname) === '') return { path: join(root, 'index.html'), fallback: true, mount };
    return null;
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = locate(url.pathname);
    if (!found || !existsSync(found.path)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const file = prepare(found.path);
    const ext = extname(found.path);
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const headers: Record<string, string> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      // Hashed assets are immutable; the HTML must be revalidated (see README, "Déployer").
      'Cache-Control': ext === '.html' || found.fallback ? 'no-cache' : 'public, max-age=31536000, immutable',
      Vary: 'Accept-Encoding',
      ...found.mount.headers,
    };
    let body = file.raw;
    if (encoding === 'br' && file.br && accepts.includes('br')) {
      body = file.br;
      headers['Content-Encoding'] = 'br';
    } else if (encoding !== 'identity' && file.gzip && accepts.includes('gzip')) {
      body = file.gzip;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
