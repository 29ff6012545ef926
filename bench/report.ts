// Turns a run into tables: printed on the terminal, and written to BENCHMARKS.md.
import * as prettier from 'prettier';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BudgetCheck } from './budgets.ts';
import type { BenchResults, CorpusResult } from './results.ts';
import { fmtBytes, fmtMs, type Distribution } from './stats.ts';

export interface Table {
  title: string;
  headers: string[];
  rows: string[][];
}

const dist = (d: Distribution | undefined) =>
  d && d.n > 0 ? `${fmtMs(d.p50, 2)} / ${fmtMs(d.p95, 2)} / ${fmtMs(d.max, 2)}` : '—';

function row(
  label: string,
  corpora: CorpusResult[],
  cell: (c: CorpusResult) => string | undefined,
): string[] {
  return [
    label,
    ...corpora.map((c) => {
      try {
        return cell(c) ?? '—';
      } catch {
        return '—';
      }
    }),
  ];
}

export function figuresTable(results: BenchResults): Table {
  const c = results.corpora;
  const rows: string[][] = [
    row('**Compilation**', c, () => ''),
    row('fiches (métiers + formations)', c, (x) => {
      const f = x.compile?.bundle.fiches;
      return f ? `${f.metier + f.formation} (${f.metier} + ${f.formation})` : undefined;
    }),
    row('compile, wall time of the CLI (median)', c, (x) =>
      x.compile ? `${fmtMs(x.compile.wallMs, 0)} (${x.compile.runs.length} runs)` : undefined,
    ),
    row("compile, compiler's own time", c, (x) => (x.compile ? fmtMs(x.compile.selfMs, 0) : undefined)),
    row('compile, peak memory (max RSS)', c, (x) =>
      x.compile ? fmtBytes(x.compile.peakRssBytes) : undefined,
    ),
    row('index: raw / gzip / brotli', c, (x) => {
      const b = x.compile?.bundle;
      return b
        ? `${fmtBytes(b.indexBytes)} / ${fmtBytes(b.indexGzip)} / ${fmtBytes(b.indexBrotli)}`
        : undefined;
    }),
    row('detail chunks: count, raw, gzip', c, (x) => {
      const b = x.compile?.bundle;
      return b ? `${b.chunkCount}, ${fmtBytes(b.chunksBytes)}, ${fmtBytes(b.chunksGzip)}` : undefined;
    }),
    row('app JS + CSS, all files (gzip)', c, (x) =>
      x.build ? fmtBytes(x.build.assets.reduce((s, a) => s + a.gzip, 0)) : undefined,
    ),
    row('**Cold load of /metiers, empty cache**', c, () => ''),
    row('first result cards painted: the page drawn at build time (median)', c, (x) =>
      x.coldLoad?.drawnResultsMs !== undefined ? fmtMs(x.coldLoad.drawnResultsMs, 0) : undefined,
    ),
    row('first results visible and usable: the app (median)', c, (x) =>
      x.coldLoad ? `${fmtMs(x.coldLoad.firstResultsMs, 0)} (${x.coldLoad.runs.length} runs)` : undefined,
    ),
    row('first contentful paint', c, (x) =>
      x.coldLoad ? fmtMs(x.coldLoad.firstContentfulPaintMs, 0) : undefined,
    ),
    row('bytes before first results: all / JS / data', c, (x) =>
      x.coldLoad
        ? `${fmtBytes(x.coldLoad.bytesBeforeResults)} / ${fmtBytes(x.coldLoad.jsBytesBeforeResults)} / ${fmtBytes(x.coldLoad.dataBytesBeforeResults)}`
        : undefined,
    ),
    row('JS heap after load (after GC)', c, (x) =>
      x.coldLoad ? fmtBytes(x.coldLoad.heapUsedBytes) : undefined,
    ),
    row('long tasks until idle', c, (x) => (x.coldLoad ? fmtMs(x.coldLoad.longTasksMs, 0) : undefined)),
    row('first results visible, CPU 4× slower', c, (x) =>
      x.coldLoadThrottled
        ? `${fmtMs(x.coldLoadThrottled.firstResultsMs, 0)} (${x.coldLoadThrottled.runs.length} runs)`
        : undefined,
    ),
    row('long tasks until idle, CPU 4× slower', c, (x) =>
      x.coldLoadThrottled ? fmtMs(x.coldLoadThrottled.longTasksMs, 0) : undefined,
    ),
    row('**A bookmarked fiche, cold (empty cache)**', c, () => ''),
    row('its text on screen: the page drawn at build time (median)', c, (x) =>
      x.ficheColdLoad
        ? `${fmtMs(x.ficheColdLoad.drawnResultsMs, 0)} (${x.ficheColdLoad.runs.length} runs)`
        : undefined,
    ),
    row('the app has taken it over (median)', c, (x) =>
      x.ficheColdLoad ? fmtMs(x.ficheColdLoad.firstResultsMs, 0) : undefined,
    ),
    row('its text on screen, CPU 4× slower', c, (x) =>
      x.ficheColdLoadThrottled
        ? `${fmtMs(x.ficheColdLoadThrottled.drawnResultsMs, 0)} (${x.ficheColdLoadThrottled.runs.length} runs)`
        : undefined,
    ),
    row('the app has taken it over, CPU 4× slower', c, (x) =>
      x.ficheColdLoadThrottled ? fmtMs(x.ficheColdLoadThrottled.firstResultsMs, 0) : undefined,
    ),
    row('**Search as you type, cold page (median over the queries)**', c, () => ''),
    row('last keystroke → complete answer', c, (x) =>
      x.search ? `${fmtMs(x.search.answerMs, 0)} (${x.search.cold.length} queries)` : undefined,
    ),
    row('last keystroke → complete answer, CPU 4× slower', c, (x) =>
      x.search ? fmtMs(x.search.answerMsThrottled, 0) : undefined,
    ),
    row('bytes of the index fetched for one query (gzip): median / max', c, (x) =>
      x.search ? `${fmtBytes(x.search.shardBytesMedian)} / ${fmtBytes(x.search.shardBytesMax)}` : undefined,
    ),
    row('keystrokes that showed more than one answer', c, (x) =>
      x.search ? `${x.search.doubleAnswers} of ${x.search.keystrokes}` : undefined,
    ),
    row('JS heap growth over ten queries (after GC)', c, (x) =>
      x.search ? fmtBytes(x.search.memoryGrowthBytes) : undefined,
    ),
    row('full-text index: shards, gzip', c, (x) =>
      x.search ? `${x.search.shards}, ${fmtBytes(x.search.indexGzipBytes)}` : undefined,
    ),
    row('precache (the app and the whole catalogue, raw)', c, (x) =>
      x.search ? fmtBytes(x.search.precacheBytes) : undefined,
    ),
    row('service worker active (precache done), from navigation', c, (x) =>
      x.session ? fmtMs(x.session.serviceWorkerReadyMs, 0) : undefined,
    ),
    row('Chromium renderer RSS: after load → after the session', c, (x) =>
      x.session
        ? `${fmtBytes(x.session.rendererRssAfterLoad)} → ${fmtBytes(x.session.rendererRssAfterSession)}`
        : undefined,
    ),
    row('**Interactions (p50 / p95 / max)**', c, () => ''),
    row('interactions (timed out: the page never showed the new state)', c, (x) => {
      if (!x.session) return undefined;
      const by = new Map<string, number>();
      for (const i of x.session.samples) if (i.timedOut) by.set(i.action, (by.get(i.action) ?? 0) + 1);
      const detail = [...by].map(([a, n]) => `${a} ×${n}`).join(', ');
      return `${x.session.interactions} (${x.session.timedOut}${detail ? `: ${detail}` : ''})`;
    }),
    row('input → results and counts in the DOM', c, (x) => dist(x.session?.commit)),
    row('input → next frame', c, (x) => dist(x.session?.frame)),
    row('input → complete answer (settled)', c, (x) => dist(x.session?.settled)),
    row('  typing in the search box only', c, (x) => dist(x.session?.typingSettled)),
    ...(['letter', 'erase', 'toggle', 'untoggle', 'clearText', 'clearAll'] as const).map((action) =>
      row(`  input → DOM, ${action}`, c, (x) => dist(x.session?.byAction[action])),
    ),
    row('**Engines in one page (p50 / p95 / max per query)**', c, () => ''),
    row('states replayed × repeats', c, (x) =>
      x.peers ? `${x.peers.states} × ${x.peers.repeats}` : undefined,
    ),
    row('app (title index + KindExplorer)', c, (x) => dist(x.peers?.engines.app)),
    row('itemsjs (MiniSearch ids)', c, (x) => dist(x.peers?.engines.itemsjs)),
    row('Orama (own text index, facets)', c, (x) => dist(x.peers?.engines.orama)),
    row('faster peer p95 ÷ app p95', c, (x) =>
      x.peers ? `${x.peers.speedupP95.toFixed(2)}× (vs ${x.peers.fasterPeer})` : undefined,
    ),
    row('facets only: app / itemsjs (p95)', c, (x) =>
      x.peers
        ? `${fmtMs(x.peers.appFacetsOnly.p95, 3)} / ${fmtMs(x.peers.itemsjsFacetsOnly.p95, 3)}`
        : undefined,
    ),
    row('same totals and counts as the app: itemsjs / Orama', c, (x) => {
      const a = x.peers?.agreement;
      return a
        ? `${a.itemsjs.equal}/${a.itemsjs.compared} / ${a.orama.equal}/${a.orama.compared}`
        : undefined;
    }),
    row('**App start-up steps, in page (1×)**', c, () => ''),
    row('JSON.parse / zod validation / hydrate', c, (x) => {
      const a = x.peers?.load.app;
      return a ? `${fmtMs(a.parseMs)} / ${fmtMs(a.validateMs)} / ${fmtMs(a.hydrateMs)}` : undefined;
    }),
    row('facets (2 KindExplorers) / title index', c, (x) => {
      const a = x.peers?.load.app;
      return a ? `${fmtMs(a.explorersMs)} / ${fmtMs(a.titleIndexMs)}` : undefined;
    }),
    row('index build: itemsjs / Orama', c, (x) => {
      const b = x.peers?.load.buildMs;
      return b ? `${fmtMs(b.itemsjs)} / ${fmtMs(b.orama)}` : undefined;
    }),
    row('heap: catalogue / app engines / itemsjs / Orama', c, (x) => {
      const l = x.peers?.load;
      return l
        ? `${fmtBytes(l.catalogHeapBytes)} / ${fmtBytes(l.heapBytes.app)} / ${fmtBytes(l.heapBytes.itemsjs)} / ${fmtBytes(l.heapBytes.orama)}`
        : undefined;
    }),
  ];
  return { title: 'Figures', headers: ['', ...c.map((x) => x.label)], rows };
}

export function budgetsTable(checks: BudgetCheck[]): Table {
  return {
    title: 'Budgets',
    headers: ['figure', 'corpus', 'budget', 'measured', 'verdict'],
    rows: checks.map((b) => [
      b.figure,
      b.corpus,
      b.budget,
      b.measured,
      b.met === null ? '? not measured' : b.met ? '✅ met' : '❌ missed',
    ]),
  };
}

export function lighthouseTable(results: BenchResults): Table | null {
  const lh = results.lighthouse;
  if (!lh) return null;
  if (!lh.outcome.ok) {
    return {
      title: 'Lighthouse',
      headers: ['status'],
      rows: [[`not run: ${lh.outcome.reason.split('\n')[0]}`]],
    };
  }
  return {
    title: `Lighthouse (mobile preset, median of ${lh.runs}, ${lh.corpus})`,
    headers: ['page', 'performance', 'accessibility', 'FCP', 'LCP', 'TBT', 'CLS', 'failed a11y audits'],
    rows: lh.outcome.pages.map((p) => [
      new URL(p.url).pathname,
      String(p.performance ?? '—'),
      String(p.accessibility ?? '—'),
      fmtMs(p.metrics['first-contentful-paint'], 0),
      fmtMs(p.metrics['largest-contentful-paint'], 0),
      fmtMs(p.metrics['total-blocking-time'], 0),
      (p.metrics['cumulative-layout-shift'] ?? NaN).toFixed(3),
      p.failedAccessibility.join('; ') || '—',
    ]),
  };
}

const strip = (text: string) => text.replace(/\*\*/g, '');

export function printTable(table: Table): string {
  const all = [table.headers, ...table.rows].map((r) => r.map(strip));
  const widths = table.headers.map((_, i) => Math.max(...all.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  return [
    `\n${table.title}`,
    line(all[0]!),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...all.slice(1).map(line),
  ].join('\n');
}

export function markdownTable(table: Table): string {
  const esc = (cell: string) => cell.replace(/\|/g, '\\|');
  return [
    `| ${table.headers.map(esc).join(' | ')} |`,
    `| ${table.headers.map((_, i) => (i === 0 ? '---' : '---')).join(' | ')} |`,
    ...table.rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

const NOTES_START = '<!-- notes:start -->';
const NOTES_END = '<!-- notes:end -->';

/** The hand-written notes of the previous BENCHMARKS.md, kept across runs. */
function previousNotes(path: string): string {
  if (!existsSync(path)) return `${NOTES_START}\n${NOTES_END}`;
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(NOTES_START);
  const end = text.indexOf(NOTES_END);
  return start >= 0 && end > start
    ? text.slice(start, end + NOTES_END.length)
    : `${NOTES_START}\n${NOTES_END}`;
}

/** Writes BENCHMARKS.md, formatted as the project's Prettier would (so that lint stays green). */
export async function writeBenchmarksMd(
  path: string,
  results: BenchResults,
  tables: Table[],
  method: string,
) {
  const m = results.machine;
  const text = `# Benchmarks

The latest run of \`npm run bench\` (written by the benchmark itself; edit only between the notes
markers, which are kept from run to run).

- **Date:** ${results.date} (${fmtMs(results.durationMs, 0)} for the whole run)
- **Command:** \`${results.command}\`
- **Machine:** ${m.cpus}, ${m.cores} cores, ${fmtBytes(m.memoryBytes)} RAM, ${m.os}; Node ${m.node}; ${m.chromium}
- **Load average (1 min) at start / end:** ${m.loadAverage.start.toFixed(2)} / ${m.loadAverage.end.toFixed(2)} — the machine is shared: figures taken while other work runs are slower than they would be alone.

## How to reproduce

\`\`\`sh
npm run bench                                   # every corpus, Lighthouse, BENCHMARKS.md
npm run bench -- --corpora=seeds,corpus         # some corpora only (BENCHMARKS.md is left alone)
npm run bench -- --smoke                        # seconds: seeds only, one run of each step
npm run bench -- --help                         # every option
\`\`\`

Figures go to \`bench-results/latest.json\` (every sample included); builds and catalogues of
each corpus to \`bench-results/<corpus>/\`, synthetic fiches to \`bench-results/corpora/\`.

${tables.map((t) => `## ${t.title}\n\n${markdownTable(t)}`).join('\n\n')}

## Method

${method}

## Notes

${previousNotes(path)}
`;
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(text, { ...options, filepath: path }));
}
