// A minimal static web server whose folder can be switched: the "deployment" of one build, then
// of another, for the update test. Served as a deployer should: HTML and the service worker
// revalidated on every visit, hashed files cached for good.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  serve(dir: string): void;
  close(): Promise<void>;
}

export async function startStaticServer(port: number): Promise<StaticServer> {
  let root = '';
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      // Unknown paths are the app's (deep links): index.html.
      file = join(root, 'index.html');
    }
    const hashed = /\/(assets|catalog)\//.test(file) && !file.endsWith('manifest.json');
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(port, 'localhost', resolve));
  return {
    url: `http://localhost:${port}`,
    serve(dir: string) {
      root = normalize(dir);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
