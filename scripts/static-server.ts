// The static server of the end-to-end tests and of the benchmark: it serves a build as the README
// tells deployers to (Nginx's `try_files $uri $uri.html /index.html`, the cache headers of
// « Déployer »), optionally compressed like a real host, and its folder can be switched to
// "deploy" another build.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** How the server sends text files: gzip or brotli at their best (once per file), or as they are. */
export type Encoding = 'gzip' | 'br' | 'identity';

export interface Mount {
  /** URL prefix, e.g. "/" or "/bench-peers/". */
  prefix: string;
  dir: string;
  /** Extra response headers for this mount. */
  headers?: Record<string, string>;
}

export interface StaticServer {
  url: string;
  /** Serves another folder at "/" (a new deployment). */
  serve(dir: string): void;
  close(): Promise<void>;
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
  '.xml': 'application/xml',
};

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.xml',
]);

/** Content-hashed files never change; everything else is revalidated (README, « Déployer »). */
const IMMUTABLE = /^\/(?:assets|catalog)\/|^\/workbox-[^/]*\.js$/;

interface Prepared {
  mtimeMs: number;
  raw: Buffer;
  gzip?: Buffer;
  br?: Buffer;
}

export async function serveStatic(
  mounts: Mount[],
  port: number,
  { encoding = 'identity', host = '127.0.0.1' }: { encoding?: Encoding; host?: string } = {},
): Promise<StaticServer> {
  const cache = new Map<string, Prepared>();
  /** Reads (again when the file changed) and compresses once, like a deployment's precompressed files. */
  const prepare = (path: string): Prepared => {
    const { mtimeMs } = statSync(path);
    let entry = cache.get(path);
    if (!entry || entry.mtimeMs !== mtimeMs) {
      entry = { mtimeMs, raw: readFileSync(path) };
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
  // Compressed before the first request, so that no measure pays for it.
  const warm = (dir: string) => {
    if (encoding === 'identity') return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) warm(path);
      else if (entry.isFile()) prepare(path);
    }
  };
  for (const mount of mounts) warm(resolve(mount.dir));

  const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
  const locate = (pathname: string): { path: string; mount: Mount } | null => {
    const mount = [...mounts]
      .sort((a, b) => b.prefix.length - a.prefix.length)
      .find((m) => pathname.startsWith(m.prefix));
    if (!mount) return null;
    const root = resolve(mount.dir);
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(mount.prefix.length));
    } catch {
      return null; // Broken percent-encoding: nothing here.
    }
    const candidate = normalize(join(root, relative));
    if (!candidate.startsWith(root)) return null;
    // try_files $uri $uri/index.html $uri.html /index.html; a missing content-hashed file is a 404.
    for (const path of [candidate, join(candidate, 'index.html'), `${candidate}.html`])
      if (isFile(path)) return { path, mount };
    if (IMMUTABLE.test(pathname)) return null;
    const index = join(root, 'index.html');
    return isFile(index) ? { path: index, mount } : null;
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = locate(url.pathname);
    if (!found) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const file = prepare(found.path);
    const ext = extname(found.path);
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const headers: Record<string, string> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control':
        ext !== '.html' && IMMUTABLE.test(url.pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
      ...found.mount.headers,
    };
    let body = file.raw;
    if (encoding === 'br' && file.br && accepts.includes('br')) {
      body = file.br;
      headers['Content-Encoding'] = 'br';
    } else if (encoding === 'gzip' && file.gzip && accepts.includes('gzip')) {
      body = file.gzip;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok());
  });
  return {
    url: `http://${host}:${port}`,
    serve(dir) {
      const root = mounts.find((m) => m.prefix === '/');
      if (root) root.dir = dir;
      else mounts.push({ prefix: '/', dir });
      warm(resolve(dir));
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
