// Builds the app on ../shared/corpus (or CORPUS_DIR) into dist-corpus/, for the end-to-end
// tests at real scale. Uses its own catalogue folder so that it never touches the seeds build.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const env = {
  ...process.env,
  SEEDS_DIR: process.env.CORPUS_DIR ?? resolve(root, '..', 'shared', 'corpus'),
  CATALOG_OUT_DIR: resolve(root, 'generated', 'catalog-corpus'),
  // The corpus is Onisep's export of 21/10/2025 (../shared/CORPUS.md) and has no source.json.
  CATALOG_EXPORTED: process.env.CATALOG_EXPORTED ?? '2025-10-21',
  // The address the end-to-end tests serve it at (playwright.config.ts): absolute canonical
  // addresses, og:url and sitemap.xml are drawn and checked at real scale.
  SITE_URL: process.env.SITE_URL ?? 'http://localhost:4174',
};

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    process.exit(result.status ?? 1);
  }
  // The corpus has thousands of unresolved references: only the summary line is worth showing.
  process.stderr.write(
    `${
      result.stderr
        .split('\n')
        .filter((l) => l && !l.startsWith('npm warn'))
        .at(-1) ?? ''
    }\n`,
  );
}

// As `npm run catalog` runs it.
run(process.execPath, ['scripts/run-catalog.mjs']);
run('npx', ['vite', 'build', '--outDir', 'dist-corpus', '--emptyOutDir']);
