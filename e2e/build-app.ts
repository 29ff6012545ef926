// Builds the app on a folder of fiches into a folder of its own, as a deployer would, for tests
// that need other data than the seeds (hostile fiches, two versions for the update test).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');

export function buildApp(seedsDir: string, outDir: string) {
  const env = { ...process.env, SEEDS_DIR: seedsDir, CATALOG_OUT_DIR: `${outDir}-catalog` };
  execFileSync(process.execPath, ['scripts/run-catalog.mjs'], { cwd: ROOT, env, stdio: 'ignore' });
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: ROOT,
    env,
    stdio: 'ignore',
  });
}

/** A temporary folder holding the seeds plus the fiches of `e2e/fixtures/<name>`. */
export function seedsWith(fixture: string): { work: string; seeds: string } {
  const work = mkdtempSync(join(tmpdir(), `${fixture}-`));
  const seeds = join(work, 'fiches');
  mkdirSync(seeds);
  cpSync(join(ROOT, 'seeds'), seeds, { recursive: true });
  cpSync(join(ROOT, 'e2e', 'fixtures', fixture), seeds, { recursive: true });
  return { work, seeds };
}
