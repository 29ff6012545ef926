// `npm run catalog`: runs the compiler (scripts/catalog.ts and the thread it starts,
// scripts/text-index-worker.ts) as plain JavaScript, bundled by esbuild into one file each and
// kept in node_modules/.cache/catalog until one of their sources changes. Through tsx's loader,
// Node spent half a second loading the compiler's modules before reading a fiche (a sixth of the
// 3 s budget at 3,400 fiches); bundling takes a fifth of that, checking the sources 5 ms.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const scripts = import.meta.dirname;
const root = join(scripts, '..');
const cache = join(root, 'node_modules', '.cache', 'catalog');
/** The sources of the last bundle (written by esbuild's metafile), relative to the project. */
const SOURCES = join(cache, 'sources.json');

/** A version of the compiler: its sources' contents and this file's. */
function versionOf(sources) {
  const hash = createHash('sha256').update(readFileSync(import.meta.filename));
  for (const source of sources)
    hash
      .update(source)
      .update('\0')
      .update(readFileSync(join(root, source)));
  return hash.digest('hex').slice(0, 16);
}

/** The folder of the bundle of the sources as they are now, if it was made before. */
function bundled() {
  try {
    const dir = join(cache, versionOf(JSON.parse(readFileSync(SOURCES, 'utf8'))));
    return existsSync(join(dir, 'catalog.mjs')) ? dir : null;
  } catch {
    return null; // No bundle yet, or a source gone.
  }
}

/** Makes `path` whole, then puts it in place: another build (the tests start several) never reads half of it. */
function writeWhole(path, write) {
  const partial = `${path}.${process.pid}`;
  write(partial);
  try {
    renameSync(partial, path);
  } catch {
    rmSync(partial, { recursive: true, force: true }); // Another build put the same there first.
  }
}

async function bundle() {
  const { build } = await import('esbuild');
  const { outputFiles, metafile } = await build({
    absWorkingDir: root,
    entryPoints: ['scripts/catalog.ts', 'scripts/text-index-worker.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: 'out',
    outExtension: { '.js': '.mjs' },
    write: false,
    metafile: true,
    // The bundle runs from the cache: the compiler's modules find the project from scripts/.
    define: { 'import.meta.dirname': JSON.stringify(scripts) },
    logLevel: 'warning',
  });
  const sources = Object.keys(metafile.inputs).map((p) => relative(root, join(root, p)));
  const dir = join(cache, versionOf(sources));
  mkdirSync(cache, { recursive: true });
  writeWhole(dir, (partial) => {
    mkdirSync(partial);
    for (const file of outputFiles) writeFileSync(join(partial, basename(file.path)), file.contents);
  });
  writeWhole(SOURCES, (partial) => writeFileSync(partial, JSON.stringify(sources)));
  return dir;
}

const dir = bundled() ?? (await bundle());
await import(pathToFileURL(join(dir, 'catalog.mjs')).href);
