// The catalogue compiler: `npm run catalog` turns the fiches of `seeds/` (or SEEDS_DIR) into the
// data the app loads, in generated/catalog/ (or CATALOG_OUT_DIR). `npm run --silent catalog --
// inspect DIR` prints every compiled record of DIR as one JSON object per line instead. Messages
// go to stderr. It runs bundled, with its thread, by scripts/run-catalog.mjs.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
// gzip only: brotli at its best quality took longer than compiling the fiches (the benchmark
// reports brotli sizes).
import { gzipSync } from 'node:zlib';
import { Worker } from 'node:worker_threads';
import { bundleFiches, withText, type BundleFile, type WrittenText } from '../src/catalog/bundle';
import { compileFiches, type SourceFile } from '../src/catalog/compile';
import type { Fiche } from '../src/catalog/schema';
import { formatDiagnostic } from '../src/catalog/diagnostics';
import { creditText, readSource, SOURCE_FILE } from '../src/catalog/source';
import { withSimilar } from '../src/search/similar';
import { textSource } from '../src/search/text-source';
import type { TextMessage } from './text-index-worker';
import { catalogDir } from './catalog-dir';

const root = resolve(import.meta.dirname, '..');
const CATALOG_DIR = catalogDir();

class UsageError extends Error {}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.length < path.length ? rel : path;
}

/**
 * Every `.md`/`.txt` file below `dir`, in a stable order; hidden files and folders are skipped,
 * symbolic links followed (a folder reached twice is read once).
 */
function listFiches(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(`dossier de fiches introuvable : ${displayPath(dir)}`);
  }
  const found: string[] = [];
  const visited = new Set<string>();
  const walk = (d: string) => {
    const real = realpathSync(d);
    if (visited.has(real)) return;
    visited.add(real);
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(d, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        // A broken link is a fiche that cannot be read: reported by readFiches if it looks like one.
        const target = statSync(path, { throwIfNoEntry: false });
        isDirectory = target?.isDirectory() ?? false;
        isFile = target ? target.isFile() : true;
      }
      if (isDirectory) walk(path);
      else if (isFile && /\.(md|txt)$/i.test(entry.name)) found.push(path);
    }
  };
  walk(dir);
  if (found.length === 0) {
    throw new UsageError(`aucune fiche (.md ou .txt) dans ${displayPath(dir)}`);
  }
  return found;
}

/** The fiches of `dir`, and one `path: message` line for each file that cannot be read. */
function readFiches(dir: string): { files: SourceFile[]; unreadable: string[] } {
  const files: SourceFile[] = [];
  const unreadable: string[] = [];
  for (const path of listFiches(dir)) {
    try {
      files.push({ path: displayPath(path), bytes: readFileSync(path) });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const reason =
        code === 'EACCES' || code === 'EPERM'
          ? 'lecture interdite (droits du fichier)'
          : code === 'ENOENT'
            ? 'fichier introuvable (lien symbolique cassé ?)'
            : `illisible (${code ?? String(e)})`;
      unreadable.push(`${displayPath(path)}:1: erreur: ${reason}`);
    }
  }
  return { files, unreadable };
}

function contentHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 12);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Ko`;
}

/**
 * The new catalogue, written beside the old one, then swapped in: never a half-written bundle.
 * Written in two steps: the fiches' files while the other thread writes the full-text index.
 */
function newCatalogFolder(dir: string) {
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  const fresh = join(parent, `.catalog-new-${process.pid}`);
  const old = join(parent, `.catalog-old-${process.pid}`);
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh);
  return {
    write(files: BundleFile[]) {
      for (const file of files) writeFileSync(join(fresh, file.name), file.content);
    },
    commit() {
      if (existsSync(dir)) renameSync(dir, old);
      renameSync(fresh, dir);
      rmSync(old, { recursive: true, force: true });
    },
    /** Removes what was written, unless committed. */
    close: () => rmSync(fresh, { recursive: true, force: true }),
  };
}

/**
 * The thread that writes the full-text index (scripts/text-index-worker.ts), started before the
 * fiches are read so that its start-up is done by the time they are compiled; `write` hands it the
 * records, `cancel` stops it when the catalogue will not be written.
 */
function textIndexThread() {
  // Beside this file in the bundle scripts/run-catalog.mjs runs.
  const worker = new Worker(new URL('./text-index-worker.mjs', import.meta.url));
  const written = new Promise<WrittenText>((resolve, reject) => {
    worker.once('message', (text: WrittenText) => {
      resolve(text);
      void worker.terminate();
    });
    worker.once('error', reject);
    // A thread that ends without its index (nothing is said otherwise; settled once, whichever first).
    worker.once('exit', (code) =>
      reject(new Error(`l'index du texte n'a pas été écrit (fil terminé, code ${code})`)),
    );
  });
  // Not awaited when the catalogue is not written: its rejection then says nothing.
  written.catch(() => undefined);
  return {
    write(records: Fiche[]): Promise<WrittenText> {
      // The texts as UTF-8 bytes, handed over without a copy: as a string, the message took three
      // times as long to send from this thread.
      const { texts, ...source } = textSource(records);
      const bytes = new TextEncoder().encode(texts);
      worker.postMessage({ ...source, bytes } satisfies TextMessage, [bytes.buffer]);
      return written;
    },
    cancel: () => void worker.terminate(),
  };
}

type TextIndexThread = ReturnType<typeof textIndexThread>;

function compileDir(dir: string, textThread: TextIndexThread | null = null) {
  const { files, unreadable } = readFiches(dir);
  const compiled = compileFiches(files);
  // The full-text index, in another thread, while this one finds the neighbours.
  const text = textThread && compiled.errors === 0 ? textThread.write(compiled.records) : null;
  // The neighbours need every fiche at once: computed here, after linking (search/similar.ts).
  const result = { ...compiled, records: withSimilar(compiled.records) };
  for (const line of unreadable) process.stderr.write(`${line}\n`);
  for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  // An unreadable file is an error like any other: the catalogue would miss a fiche.
  return { files, text, result: { ...result, errors: result.errors + unreadable.length } };
}

function summary(parts: string[], started: number): string {
  const seconds = ((performance.now() - started) / 1000).toLocaleString('fr-FR', {
    maximumFractionDigits: 2,
  });
  return `${parts.join(' · ')} · ${seconds} s`;
}

/**
 * What the fiches of `dir` are and when they were exported: its `source.json`, the date of
 * CATALOG_EXPORTED over the file's. A file that cannot be read stops the build (the credit the
 * licence asks for would be wrong); a missing date is only said.
 */
function sourceOf(dir: string) {
  const path = join(dir, SOURCE_FILE);
  const text = existsSync(path) ? readFileSync(path, 'utf8') : null;
  const { source, problem } = readSource(text, process.env.CATALOG_EXPORTED);
  if (problem) {
    const where =
      text !== null && !problem.startsWith("date d'export") ? displayPath(path) : 'CATALOG_EXPORTED';
    return { source, error: `${where}:1: erreur: ${problem}` };
  }
  if (source.exported === null)
    process.stderr.write(
      `${displayPath(path)}:1: avertissement: date d'export inconnue : la licence ODbL demande de la citer ; écrivez-la dans ${SOURCE_FILE} ({"exported": "AAAA-MM-JJ"}) ou dans CATALOG_EXPORTED\n`,
    );
  return { source, error: null };
}

async function build(dir: string): Promise<number> {
  const textThread = textIndexThread();
  try {
    return await buildWith(dir, textThread);
  } finally {
    // Done, or never to be used (no catalogue written, a folder not found): the process may end.
    textThread.cancel();
  }
}

async function buildWith(dir: string, textThread: TextIndexThread): Promise<number> {
  const started = performance.now();
  const { result, text } = compileDir(dir, textThread);
  const { source, error } = sourceOf(dir);
  if (error) {
    process.stderr.write(`${error}\ncatalogue NON construit : rien n'a été écrit\n`);
    return 1;
  }
  const metiers = result.records.filter((r) => r.kind === 'metier').length;
  const counts = `${metiers} métiers, ${result.records.length - metiers} formations`;
  const problems = `${result.errors} erreur(s), ${result.warnings} avertissement(s) dont ${result.unresolved} référence(s) non résolue(s)`;
  if (result.errors > 0) {
    process.stderr.write(
      `${summary(
        [
          `catalogue NON construit depuis ${displayPath(dir)}`,
          problems,
          counts,
          `rien n'a été écrit : le catalogue précédent (${displayPath(CATALOG_DIR)}) est intact`,
        ],
        started,
      )}\n`,
    );
    return 1;
  }
  // The fiches' files first, while the other thread writes the full-text index.
  const fiches = bundleFiches(result.records, contentHash, source);
  const index = fiches.index.content;
  const gzip = gzipSync(index, { level: 9 }).length;
  const summariesGzip = gzipSync(fiches.summaries.content, { level: 9 }).length;
  const chunkBytes = fiches.chunks.reduce((sum, f) => sum + Buffer.byteLength(f.content), 0);
  const folder = newCatalogFolder(CATALOG_DIR);
  let textFiles;
  try {
    folder.write([fiches.index, fiches.summaries, ...fiches.chunks]);
    const bundle = withText(fiches, await text!, contentHash);
    folder.write([
      ...bundle.text,
      { name: 'manifest.json', content: `${JSON.stringify(bundle.manifest, null, 2)}\n` },
    ]);
    folder.commit();
    textFiles = bundle.text;
  } finally {
    folder.close();
  }
  // Raw: compressing 1.5 MB of shards again only to print it cost a noticeable part of the build.
  const textBytes = textFiles.reduce((sum, f) => sum + Buffer.byteLength(f.content), 0);
  const perThousand = (gzip / result.records.length) * 1000;
  process.stderr.write(
    `${summary(
      [
        `catalogue construit depuis ${displayPath(dir)} : ${counts}`,
        `« ${creditText(source)} »`,
        problems,
        `index ${kb(Buffer.byteLength(index))} (gzip ${kb(gzip)}, soit ${kb(perThousand)} gzip pour 1 000 fiches)`,
        `résumés des cartes ${kb(Buffer.byteLength(fiches.summaries.content))} (gzip ${kb(summariesGzip)}), chargés après les premiers résultats`,
        `${fiches.chunks.length} paquets de fiches, ${kb(chunkBytes)} au total`,
        `index du texte en ${textFiles.length} morceaux, ${kb(textBytes)} au total`,
        `→ ${displayPath(CATALOG_DIR)}`,
      ],
      started,
    )}\n`,
  );
  return 0;
}

function inspect(dir: string): number {
  const started = performance.now();
  const { result } = compileDir(dir);
  for (const record of result.records) process.stdout.write(`${JSON.stringify(record)}\n`);
  const metiers = result.records.filter((r) => r.kind === 'metier').length;
  process.stderr.write(
    `${summary(
      [
        `${result.records.length} fiche(s) compilée(s) : ${metiers} métiers, ${result.records.length - metiers} formations`,
        `${result.errors} erreur(s), ${result.warnings} avertissement(s)`,
      ],
      started,
    )}\n`,
  );
  return result.errors > 0 ? 1 : 0;
}

async function main(args: string[]): Promise<number> {
  try {
    if (args[0] === 'inspect') {
      if (!args[1]) throw new UsageError('usage : npm run --silent catalog -- inspect DOSSIER');
      return inspect(resolve(args[1]));
    }
    if (args.length > 0)
      throw new UsageError(`argument inconnu « ${args[0]} » ; usage : npm run catalog [-- inspect DOSSIER]`);
    return await build(resolve(process.env.SEEDS_DIR ?? join(root, 'seeds')));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`catalogue : erreur : ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
