// Where the compiled catalogue lives between `npm run catalog` and the Vite build.
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

export function catalogDir(): string {
  return process.env.CATALOG_OUT_DIR
    ? resolve(process.env.CATALOG_OUT_DIR)
    : join(root, 'generated', 'catalog');
}
