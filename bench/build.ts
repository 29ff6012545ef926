// Builds for the benchmark: the app on one corpus's catalogue (as `npm run build` would, into a
// folder of bench-results/), and the peers page once.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { ROOT } from './compile.ts';

const VITE = join(ROOT, 'node_modules', '.bin', 'vite');

function run(args: string[], env: Record<string, string> = {}): Promise<number> {
  const started = performance.now();
  return new Promise((ok, fail) => {
    const child = spawn(VITE, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0
        ? ok(performance.now() - started)
        : fail(new Error(`vite ${args.join(' ')} a échoué (code ${code}) :\n${output.slice(-3000)}`)),
    );
  });
}

/** `vite build` of the app with CATALOG_OUT_DIR pointing at the corpus's catalogue. */
export function buildApp(catalogDir: string, outDir: string, extraArgs: string[] = []): Promise<number> {
  return run(['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...extraArgs], {
    CATALOG_OUT_DIR: catalogDir,
  });
}

export function buildPeersPage(): Promise<number> {
  return run(['build', '--config', join('bench', 'peers', 'vite.config.ts')]);
}

export interface AssetSize {
  file: string;
  bytes: number;
  gzip: number;
  brotli: number;
}

/** Every JS and CSS file of a build, largest first: where the app's code bytes go. */
export function assetSizes(distDir: string): AssetSize[] {
  const dir = join(distDir, 'assets');
  return readdirSync(dir)
    .filter((name) => ['.js', '.css'].includes(extname(name)))
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return {
        file: `assets/${name}`,
        bytes: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes).length,
      };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

/** The full-text index of a compiled catalogue: how many shards, and their total size gzip. */
export function textIndexSize(catalogDir: string): { shards: number; indexGzipBytes: number } {
  const names = readdirSync(catalogDir).filter((n) => n.startsWith('texte-'));
  return {
    shards: names.length,
    indexGzipBytes: names.reduce((n, name) => n + gzipSync(readFileSync(join(catalogDir, name))).length, 0),
  };
}

/** The bytes the service worker precaches: every file its precache manifest (sw.js) lists. */
export function precacheBytes(distDir: string): number {
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  let bytes = 0;
  for (const [, url] of sw.matchAll(/url:"([^"]+)"/g)) bytes += readFileSync(join(distDir, url!)).length;
  return bytes;
}
