// Compile figures: the real compiler CLI (scripts/catalog.ts, through scripts/run-catalog.mjs) as
// a child process, as `npm run catalog` runs it, timed from outside; peak memory from GNU time's "Maximum resident set size"
// (the largest process of the tree, i.e. the Node process that compiles).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Manifest } from '../src/public-api.ts';
import { median } from './stats.ts';

export const ROOT = join(import.meta.dirname, '..');
/** The compiler as `npm run catalog` runs it. */
const COMPILER = [process.execPath, 'scripts/run-catalog.mjs'];
const GNU_TIME = '/usr/bin/time';

export interface CompileRun {
  wallMs: number;
  /** The compiler's own duration, from its summary line (excludes Node's start-up). */
  selfMs: number | null;
  peakRssBytes: number | null;
  errors: number;
  summary: string;
}

export interface BundleSizes {
  fiches: { metier: number; formation: number };
  indexBytes: number;
  indexGzip: number;
  indexBrotli: number;
  chunkCount: number;
  chunksBytes: number;
  chunksGzip: number;
}

export interface CompileFigures {
  runs: CompileRun[];
  wallMs: number;
  selfMs: number | null;
  peakRssBytes: number | null;
  bundle: BundleSizes;
}

function runOnce(seedsDir: string, outDir: string): Promise<CompileRun> {
  const useTime = existsSync(GNU_TIME);
  const [command, args] = useTime ? [GNU_TIME, ['-v', ...COMPILER]] : [COMPILER[0]!, COMPILER.slice(1)];
  const started = performance.now();
  return new Promise((ok, fail) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, SEEDS_DIR: seedsDir, CATALOG_OUT_DIR: outDir },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const lines = stderr.split('\n');
      const summary = lines.find((l) => /^catalogue (NON )?construit/.test(l)) ?? '';
      const seconds = /· ([\d,]+) s$/.exec(summary)?.[1];
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
      const errors = Number(/(\d+) erreur\(s\)/.exec(summary)?.[1] ?? (code === 0 ? 0 : 1));
      if (code !== 0 || errors > 0) {
        fail(new Error(`la compilation de ${seedsDir} a échoué (code ${code}) :\n${stderr.slice(-3000)}`));
        return;
      }
      ok({
        wallMs,
        selfMs: seconds ? Number(seconds.replace(',', '.')) * 1000 : null,
        peakRssBytes: rss ? Number(rss) * 1024 : null,
        errors,
        summary,
      });
    });
  });
}

export function bundleSizes(catalogDir: string): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(catalogDir, 'manifest.json'), 'utf8')) as Manifest;
  const index = readFileSync(join(catalogDir, manifest.index));
  let chunksBytes = 0;
  let chunksGzip = 0;
  for (const name of manifest.chunks) {
    const chunk = readFileSync(join(catalogDir, name));
    chunksBytes += chunk.length;
    chunksGzip += gzipSync(chunk, { level: 9 }).length;
  }
  return {
    fiches: manifest.counts,
    indexBytes: index.length,
    indexGzip: gzipSync(index, { level: 9 }).length,
    indexBrotli: brotliCompressSync(index).length,
    chunkCount: manifest.chunks.length,
    chunksBytes,
    chunksGzip,
  };
}

export async function measureCompile(
  seedsDir: string,
  outDir: string,
  runs: number,
): Promise<CompileFigures> {
  const results: CompileRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(seedsDir, outDir));
  const nonNull = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);
  const self = nonNull(results.map((r) => r.selfMs));
  const rss = nonNull(results.map((r) => r.peakRssBytes));
  return {
    runs: results,
    wallMs: median(results.map((r) => r.wallMs)),
    selfMs: self.length ? median(self) : null,
    peakRssBytes: rss.length ? Math.max(...rss) : null,
    bundle: bundleSizes(outDir),
  };
}
