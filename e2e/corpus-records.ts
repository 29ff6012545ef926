// The whole records of the corpus, read from the built data files (generated/catalog-corpus).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Fiche, Manifest } from '../src/public-api';

const CATALOG = resolve(import.meta.dirname, '..', 'generated', 'catalog-corpus');

export function records(): Fiche[] {
  const manifest = JSON.parse(readFileSync(join(CATALOG, 'manifest.json'), 'utf8')) as Manifest;
  return manifest.chunks.flatMap(
    (name) => (JSON.parse(readFileSync(join(CATALOG, name), 'utf8')) as { records: Fiche[] }).records,
  );
}
