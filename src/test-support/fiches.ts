// Reading fiche folders for tests: the project's seeds and, when present, ../shared/corpus.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../catalog/compile';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SEEDS_DIR = join(ROOT, 'seeds');
export const CORPUS_DIR = process.env.CORPUS_DIR ?? resolve(ROOT, '..', 'shared', 'corpus');
export const hasCorpus = existsSync(CORPUS_DIR);

export function readFolder(dir: string): SourceFile[] {
  return readdirSync(dir)
    .filter((name) => /\.(md|txt)$/.test(name))
    .sort()
    .map((name) => ({ path: name, bytes: readFileSync(join(dir, name)) }));
}

export function source(path: string, text: string): SourceFile {
  return { path, bytes: new TextEncoder().encode(text) };
}
