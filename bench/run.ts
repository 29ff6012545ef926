// `npm run bench`: compiles, builds and measures the app on each corpus, compares its engine with
// itemsjs and Orama, runs Lighthouse, prints the tables and writes bench-results/latest.json
// (and BENCHMARKS.md after a full run). See BENCHMARKS.md for the method.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import type { Manifest } from '../src/public-api.ts';
import { CHROMIUM_PATH, launchBrowser } from './browser.ts';
import { assetSizes, buildApp, buildPeersPage, precacheBytes, textIndexSize } from './build.ts';
import { checkBudgets } from './budgets.ts';
import { coldLoad, type ColdLoad } from './cold-load.ts';
import { measureCompile, ROOT } from './compile.ts';
import { runLighthouse, type LighthouseOutcome, type LighthouseScores } from './lighthouse.ts';
import { METHOD } from './method.ts';
import { options, type Options } from './options.ts';
import { ENGINES } from './peers/protocol.ts';
import { ISOLATION_HEADERS, runPeers } from './peers-run.ts';
import { budgetsTable, figuresTable, lighthouseTable, printTable, writeBenchmarksMd } from './report.ts';
import type { BenchResults, ColdLoadSummary, CorpusResult, MachineInfo } from './results.ts';
import { serveStatic } from '../scripts/static-server.ts';
import { stateOf } from './list-page.ts';
import { coldSearches, SEARCH_QUERIES, searchMemory, type SearchRun } from './search.ts';
import { runSession, type InteractionKind } from './session.ts';
import { distribution, median } from './stats.ts';
import { generateSynthetic } from './synthetic.ts';

const RESULTS = join(ROOT, 'bench-results');
const CORPUS_DIR = resolve(process.env.CORPUS_DIR ?? join(ROOT, '..', 'shared', 'corpus'));
const log = (message: string) =>
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

function machine(loadStart: number): MachineInfo {
  let chromium = 'Chromium (version inconnue)';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // The version is a detail of the report.
  }
  return {
    cpus: cpus()[0]?.model ?? 'unknown CPU',
    cores: cpus().length,
    memoryBytes: totalmem(),
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium,
    loadAverage: { start: loadStart, end: loadavg()[0]! },
  };
}

/** The interactions of the search box: each asks the search for a new answer. */
const TYPING = new Set<InteractionKind>(['letter', 'erase', 'clearText']);

function label(name: string): string {
  if (name === 'seeds') return 'seeds (3)';
  if (name === 'corpus') return 'corpus (1,152)';
  return `synthetic ${Number(name.split('-')[1]).toLocaleString('en-US')}`;
}

function summariseColdLoads(runs: ColdLoad[]): ColdLoadSummary {
  const fcps = runs.map((r) => r.firstContentfulPaintMs).filter((x): x is number => x !== null);
  return {
    runs,
    firstResultsMs: median(runs.map((r) => r.firstResultsMs)),
    drawnResultsMs: median(runs.map((r) => r.drawnResultsMs)),
    firstContentfulPaintMs: fcps.length ? median(fcps) : null,
    bytesBeforeResults: median(runs.map((r) => r.bytesBeforeResults.total)),
    jsBytesBeforeResults: median(runs.map((r) => r.bytesBeforeResults.js)),
    dataBytesBeforeResults: median(runs.map((r) => r.bytesBeforeResults.data)),
    heapUsedBytes: median(runs.map((r) => r.heapUsedBytes)),
    longTasksMs: median(runs.map((r) => r.longTasksMs)),
  };
}

/**
 * The fiche a bookmark opens in the measures: the métier in the middle of those the build drew
 * (none when the build drew no fiche, PRERENDER_FICHES=0).
 */
function fichePath(distDir: string): string | null {
  const dir = join(distDir, 'metiers');
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const middle = files[Math.floor(files.length / 2)];
  return middle === undefined ? null : `/metiers/${middle.replace(/\.html$/, '')}`;
}

/** A step that fails is recorded and the run goes on: one broken figure must not cost the others. */
async function step<T>(result: CorpusResult, name: string, run: () => Promise<T>): Promise<T | undefined> {
  const started = performance.now();
  log(`${result.name}: ${name}…`);
  try {
    const value = await run();
    log(`${result.name}: ${name} en ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return value;
  } catch (e) {
    const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
    log(`${result.name}: ${name} a échoué : ${error.split('\n')[0]}`);
    result.failures.push({ step: name, error });
    return undefined;
  }
}

function medianLighthouse(runs: LighthouseOutcome[]): LighthouseOutcome {
  const ok = runs.filter((r): r is Extract<LighthouseOutcome, { ok: true }> => r.ok);
  if (ok.length === 0) return runs[0] ?? { ok: false, reason: 'aucune exécution' };
  const urls = ok[0]!.pages.map((p) => p.url);
  const pages = urls.map((url) => {
    const all = ok
      .map((r) => r.pages.find((p) => p.url === url))
      .filter((p): p is LighthouseScores => p !== undefined)
      .sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
    return all[Math.floor((all.length - 1) / 2)]!;
  });
  return { ok: true, pages };
}

async function measureCorpus(name: string, index: number, opts: Options, results: BenchResults) {
  const dir = join(RESULTS, name);
  const result: CorpusResult = { name, label: label(name), sourceDir: '', failures: [] };
  results.corpora.push(result);
  if (name === 'seeds') result.sourceDir = join(ROOT, 'seeds');
  else if (name === 'corpus') result.sourceDir = CORPUS_DIR;
  else {
    const count = Number(name.split('-')[1]);
    result.sourceDir = join(RESULTS, 'corpora', name);
    const started = performance.now();
    const summary = await step(result, `génération de ${count} fiches synthétiques`, async () =>
      generateSynthetic({ sourceDir: CORPUS_DIR, outDir: result.sourceDir, count }),
    );
    if (!summary) return;
    result.generation = { ms: performance.now() - started, summary };
  }

  const catalogDir = join(dir, 'catalog');
  if (!opts.skip.has('compile') || !existsSync(join(catalogDir, 'manifest.json'))) {
    result.compile = await step(result, `compilation (${opts.compileRuns}×)`, () =>
      measureCompile(result.sourceDir, catalogDir, Math.max(1, opts.compileRuns)),
    );
    if (!result.compile) return;
  }
  const distDir = join(dir, 'dist');
  const buildMs = await step(result, 'vite build', () => buildApp(catalogDir, distDir));
  if (buildMs === undefined) return;
  result.build = { ms: buildMs, assets: assetSizes(distDir) };

  const port = opts.port + index;
  const server = await serveStatic(
    [
      { prefix: '/', dir: distDir },
      // The peers' pages exist once a run has built them; a run that skips them has none to serve.
      ...(existsSync(join(RESULTS, 'peers-dist'))
        ? [{ prefix: '/bench-peers/', dir: join(RESULTS, 'peers-dist'), headers: ISOLATION_HEADERS }]
        : []),
    ],
    port,
    { encoding: 'gzip' },
  );
  let browser: Browser | null = null;
  try {
    browser = await launchBrowser();
    const b = browser;
    const page = `${server.url}/metiers`;
    const fiche = fichePath(distDir);
    if (!opts.skip.has('cold')) {
      result.coldLoad = await step(result, `chargement à froid (1 + ${opts.coldRuns})`, async () => {
        await coldLoad(b, page, 1); // Warm-up: starts the browser's processes, not measured.
        const runs: ColdLoad[] = [];
        for (let i = 0; i < opts.coldRuns; i++) runs.push(await coldLoad(b, page, 1));
        return summariseColdLoads(runs);
      });
      result.coldLoadThrottled = await step(
        result,
        `chargement à froid, CPU 4× (${opts.throttledRuns})`,
        async () => {
          const runs: ColdLoad[] = [];
          for (let i = 0; i < opts.throttledRuns; i++) runs.push(await coldLoad(b, page, 4, 300_000));
          return summariseColdLoads(runs);
        },
      );
      if (fiche !== null) {
        const url = `${server.url}${fiche}`;
        const fiches = async (runs: number, throttle: number) => {
          const all: ColdLoad[] = [];
          for (let i = 0; i < runs; i++) all.push(await coldLoad(b, url, throttle, 300_000, 'main h1'));
          return { ...summariseColdLoads(all), path: fiche };
        };
        result.ficheColdLoad = await step(result, `fiche à froid (${opts.coldRuns})`, () =>
          fiches(opts.coldRuns, 1),
        );
        result.ficheColdLoadThrottled = await step(
          result,
          `fiche à froid, CPU 4× (${opts.throttledRuns})`,
          () => fiches(opts.throttledRuns, 4),
        );
      }
    }
    if (!opts.skip.has('search')) {
      const queries = SEARCH_QUERIES.slice(0, opts.searchQueries);
      const cold = await step(result, `recherche à froid (${queries.length} requêtes)`, () =>
        coldSearches(b, server.url, 1, queries),
      );
      const throttled = await step(result, 'recherche à froid, CPU 4×', () =>
        coldSearches(b, server.url, 4, queries.slice(0, 3)),
      );
      const memory = await step(result, 'mémoire sur dix requêtes', () => searchMemory(b, server.url));
      if (cold) {
        const answers = (runs: SearchRun[] | undefined) => {
          const ms = (runs ?? []).map((r) => r.answerMs).filter((x): x is number => x !== null);
          return ms.length > 0 ? median(ms) : null;
        };
        const bytes = cold.map((r) => r.shardBytes);
        result.search = {
          cold,
          coldThrottled: throttled,
          answerMs: answers(cold),
          answerMsThrottled: answers(throttled),
          shardBytesMedian: median(bytes),
          shardBytesMax: Math.max(...bytes),
          doubleAnswers: [...cold, ...(throttled ?? [])].reduce((n, r) => n + r.doubleAnswers, 0),
          keystrokes: [...cold, ...(throttled ?? [])].reduce((n, r) => n + r.keystrokes, 0),
          memoryGrowthBytes: memory ?? null,
          ...textIndexSize(catalogDir),
          precacheBytes: precacheBytes(distDir),
        };
      }
    }
    let states: ReturnType<typeof stateOf>[] = [];
    if (!opts.skip.has('session')) {
      const session = await step(result, 'session d’interactions', () =>
        runSession(b, server.url, {
          commitTimeoutMs: 15_000,
          quietMs: 100,
          fullTextTimeoutMs: opts.fullTextTimeoutMs,
          maxInteractions: opts.maxInteractions,
        }),
      );
      if (session) {
        const byAction: Partial<Record<InteractionKind, number[]>> = {};
        for (const i of session.interactions) (byAction[i.action] ??= []).push(i.commitMs);
        const ok = session.interactions.filter((i) => !i.timedOut);
        result.session = {
          interactions: session.interactions.length,
          commit: distribution(ok.map((i) => i.commitMs)),
          frame: distribution(ok.map((i) => i.frameMs)),
          settled: distribution(ok.map((i) => i.settledMs)),
          typingSettled: distribution(ok.filter((i) => TYPING.has(i.action)).map((i) => i.settledMs)),
          byAction: Object.fromEntries(Object.entries(byAction).map(([k, v]) => [k, distribution(v)])),
          timedOut: session.interactions.length - ok.length,
          skipped: session.skipped,
          recoveries: session.recoveries,
          serviceWorkerReadyMs: session.serviceWorkerReadyMs,
          rendererRssAfterLoad: session.memoryAfterLoad?.largestBytes ?? null,
          rendererRssAfterSession: session.memoryAfterSession?.largestBytes ?? null,
          samples: session.interactions,
        };
        states = session.interactions.map((i) => stateOf(i.kind, i.search));
      }
    }
    if (!opts.skip.has('peers') && states.length > 0) {
      const manifest = JSON.parse(readFileSync(join(catalogDir, 'manifest.json'), 'utf8')) as Manifest;
      const peers = await step(result, `moteurs pairs (${states.length} états × ${opts.repeats})`, () =>
        runPeers(b, `${server.url}/bench-peers/`, `/catalog/${manifest.index}`, states, opts.repeats),
      );
      if (peers) {
        const engines = Object.fromEntries(
          ENGINES.map((e) => [e, distribution(peers.run.samples[e])]),
        ) as Record<(typeof ENGINES)[number], ReturnType<typeof distribution>>;
        const fasterPeer = engines.itemsjs.p95 <= engines.orama.p95 ? 'itemsjs' : 'orama';
        result.peers = {
          states: states.length,
          repeats: peers.run.repeats,
          load: peers.load,
          engines,
          appFacetsOnly: distribution(peers.run.appFacetsOnly),
          appTextOnly: distribution(peers.run.appTextOnly),
          slowest: peers.run.slowest,
          itemsjsFacetsOnly: distribution(peers.run.itemsjsFacetsOnly),
          speedupP95: engines[fasterPeer].p95 / engines.app.p95,
          fasterPeer,
          agreement: peers.run.agreement,
          timerResolutionMs: peers.run.timerResolutionMs,
        };
      }
    }
    if (name === 'corpus' && !opts.skip.has('lighthouse')) {
      // Lighthouse starts its own Chromium: ours is closed first, to leave it the CPU.
      await browser.close();
      browser = null;
      const pages = [`${server.url}/`, page, ...(fiche === null ? [] : [`${server.url}${fiche}`])];
      const outcome = await step(
        result,
        `Lighthouse (${opts.lighthouseRuns}× ${pages.length} pages)`,
        async () => {
          const runs: LighthouseOutcome[] = [];
          for (let i = 0; i < opts.lighthouseRuns; i++) runs.push(await runLighthouse(pages));
          return medianLighthouse(runs);
        },
      );
      results.lighthouse = {
        corpus: name,
        runs: opts.lighthouseRuns,
        outcome: outcome ?? { ok: false, reason: result.failures.at(-1)?.error ?? 'échec' },
      };
    }
  } finally {
    await browser?.close();
    await server.close();
  }
}

async function main() {
  const opts = options(process.argv.slice(2));
  const started = performance.now();
  const loadStart = loadavg()[0]!;
  mkdirSync(RESULTS, { recursive: true });
  const results: BenchResults = {
    date: new Date().toISOString(),
    durationMs: 0,
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: machine(loadStart),
    options: { ...opts, skip: [...opts.skip] },
    corpora: [],
  };
  if (!opts.skip.has('peers')) {
    log('page des moteurs pairs : vite build');
    await buildPeersPage();
  }
  for (const [i, name] of opts.corpora.entries()) await measureCorpus(name, i, opts, results);

  results.durationMs = performance.now() - started;
  results.machine = machine(loadStart);
  const json = join(RESULTS, 'latest.json');
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);

  const checks = checkBudgets(results);
  const tables = [figuresTable(results), budgetsTable(checks), lighthouseTable(results)].filter(
    (t): t is NonNullable<typeof t> => t !== null,
  );
  for (const table of tables) process.stdout.write(`${printTable(table)}\n`);
  const failures = results.corpora.flatMap((c) =>
    c.failures.map((f) => `${c.name}: ${f.step}: ${f.error.split('\n')[0]}`),
  );
  for (const c of results.corpora) {
    for (const r of c.session?.recoveries ?? []) failures.push(`${c.name}: la page n'a pas suivi : ${r}`);
  }
  if (results.lighthouse && !results.lighthouse.outcome.ok)
    failures.push(`Lighthouse: ${results.lighthouse.outcome.reason.split('\n')[0]}`);
  if (failures.length > 0) process.stdout.write(`\nÉchecs :\n${failures.map((f) => `- ${f}`).join('\n')}\n`);
  process.stdout.write(`\n→ ${json}\n`);
  if (opts.writeMd) {
    await writeBenchmarksMd(join(ROOT, 'BENCHMARKS.md'), results, tables, METHOD);
    process.stdout.write(`→ ${join(ROOT, 'BENCHMARKS.md')}\n`);
  }
  // A smoke run fails when any step failed, so that it can guard the benchmark in CI.
  if (opts.smoke && failures.length > 0) process.exitCode = 1;
}

await main();
