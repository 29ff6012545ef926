// The budgets of the issue, checked against a run. Sizes use 1 KB = 1,024 bytes.
import type { BenchResults, CorpusResult } from './results.ts';
import { fmtBytes, fmtMs, KB, MB } from './stats.ts';

export interface BudgetCheck {
  figure: string;
  corpus: string;
  budget: string;
  measured: string;
  /** null when the figure could not be measured in this run. */
  met: boolean | null;
}

const byName = (results: BenchResults, name: string) => results.corpora.find((c) => c.name === name);

function check(
  figure: string,
  corpus: CorpusResult | undefined,
  budget: string,
  value: number | null | undefined,
  limit: (v: number) => boolean,
  format: (v: number) => string,
): BudgetCheck {
  const measured = value === null || value === undefined || Number.isNaN(value) ? null : value;
  return {
    figure,
    corpus: corpus?.label ?? '—',
    budget,
    measured: measured === null ? 'non mesuré' : format(measured),
    met: measured === null ? null : limit(measured),
  };
}

export function checkBudgets(results: BenchResults): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const small = byName(results, 'synthetic-3400');
  const large = byName(results, 'synthetic-34000');
  for (const [corpus, limits] of [
    [small, { p95: 16, cold: 1000, coldThrottled: 2500, bytes: 300 * KB, heap: 60 * MB, compile: 3000 }],
    [large, { p95: 50, cold: 2500, coldThrottled: null, bytes: 1.5 * MB, heap: 300 * MB, compile: 30_000 }],
  ] as const) {
    if (!corpus) continue;
    checks.push(
      check(
        'interaction p95 (input → DOM)',
        corpus,
        `≤ ${limits.p95} ms`,
        corpus.session?.commit.p95,
        (v) => v <= limits.p95,
        (v) => fmtMs(v),
      ),
      check(
        `engine p95 vs the faster peer (${corpus.peers?.fasterPeer ?? '?'})`,
        corpus,
        '≥ 2× faster',
        corpus.peers?.speedupP95,
        (v) => v >= 2,
        (v) => `${v.toFixed(2)}×`,
      ),
      check(
        'cold load to first results',
        corpus,
        `≤ ${fmtMs(limits.cold)}`,
        corpus.coldLoad?.firstResultsMs,
        (v) => v <= limits.cold,
        (v) => fmtMs(v, 0),
      ),
    );
    if (corpus === small) {
      checks.push(
        check(
          'bookmarked fiche, cold, text on screen',
          corpus,
          '≤ 300 ms',
          corpus.ficheColdLoad?.drawnResultsMs,
          (v) => v <= 300,
          (v) => fmtMs(v, 0),
        ),
        check(
          'bookmarked fiche, cold, text on screen, CPU 4× slower',
          corpus,
          '≤ 1.0 s',
          corpus.ficheColdLoadThrottled?.drawnResultsMs,
          (v) => v <= 1000,
          (v) => fmtMs(v, 0),
        ),
      );
    }
    if (limits.coldThrottled !== null) {
      checks.push(
        check(
          'cold load to first results, CPU 4× slower',
          corpus,
          `≤ ${fmtMs(limits.coldThrottled)}`,
          corpus.coldLoadThrottled?.firstResultsMs,
          (v) => v <= limits.coldThrottled!,
          (v) => fmtMs(v, 0),
        ),
      );
    }
    checks.push(
      check(
        'bytes before first results (gzip, JS + data)',
        corpus,
        `≤ ${fmtBytes(limits.bytes)}`,
        corpus.coldLoad
          ? corpus.coldLoad.jsBytesBeforeResults + corpus.coldLoad.dataBytesBeforeResults
          : null,
        (v) => v <= limits.bytes,
        fmtBytes,
      ),
      check(
        'JS heap after load',
        corpus,
        `≤ ${fmtBytes(limits.heap)}`,
        corpus.coldLoad?.heapUsedBytes,
        (v) => v <= limits.heap,
        fmtBytes,
      ),
      check(
        'compile (wall time of the CLI)',
        corpus,
        `≤ ${fmtMs(limits.compile)}`,
        corpus.compile?.wallMs,
        (v) => v <= limits.compile,
        (v) => fmtMs(v, 0),
      ),
    );
  }
  // Issue 13: search as a student types, on a cold page.
  for (const [corpus, limits] of [
    [small, { answer: 150, throttled: 600, settled: 16, bytes: 60 * KB, memory: 30 * MB }],
    [large, { answer: 500, throttled: null, settled: 50, bytes: 300 * KB, memory: 150 * MB }],
  ] as const) {
    if (!corpus) continue;
    const search = corpus.search;
    checks.push(
      check(
        'full-text answer on a cold page, after the last keystroke',
        corpus,
        `≤ ${fmtMs(limits.answer)}`,
        search?.answerMs,
        (v) => v <= limits.answer,
        (v) => fmtMs(v, 0),
      ),
    );
    if (limits.throttled !== null)
      checks.push(
        check(
          'full-text answer on a cold page, CPU 4× slower',
          corpus,
          `≤ ${fmtMs(limits.throttled)}`,
          search?.answerMsThrottled,
          (v) => v <= limits.throttled!,
          (v) => fmtMs(v, 0),
        ),
      );
    checks.push(
      // The search's answer: the interactions of the search box (a filter's click is the list's
      // budget, « interaction p95 » above).
      check(
        'input → complete search answer in the DOM, p95 (typing)',
        corpus,
        `≤ ${limits.settled} ms`,
        corpus.session?.typingSettled?.p95,
        (v) => v <= limits.settled,
        (v) => fmtMs(v),
      ),
      check(
        'keystrokes showing more than one answer',
        corpus,
        '0',
        search?.doubleAnswers,
        (v) => v === 0,
        String,
      ),
      check(
        'bytes fetched for one query (gzip, the largest)',
        corpus,
        `≤ ${fmtBytes(limits.bytes)}`,
        search?.shardBytesMax,
        (v) => v <= limits.bytes,
        fmtBytes,
      ),
      check(
        'JS heap growth over ten queries',
        corpus,
        `≤ ${fmtBytes(limits.memory)}`,
        search?.memoryGrowthBytes,
        (v) => v <= limits.memory,
        fmtBytes,
      ),
    );
  }
  // "Linear growth": the compiler's own time per fiche at 34,000 within 1.5× of that at 3,400.
  const perFiche = (c: CorpusResult | undefined) => {
    const self = c?.compile?.selfMs;
    const fiches = c?.compile ? c.compile.bundle.fiches.metier + c.compile.bundle.fiches.formation : 0;
    return self && fiches ? self / fiches : null;
  };
  const a = perFiche(small);
  const b = perFiche(large);
  if (small && large)
    checks.push(
      check(
        'compile growth (time per fiche, 34,000 ÷ 3,400)',
        large,
        '≤ 1.5 (linear)',
        a !== null && b !== null ? b / a : null,
        (v) => v <= 1.5,
        (v) => `${v.toFixed(2)}`,
      ),
    );
  if (!results.lighthouse) return checks;
  const outcome = results.lighthouse.outcome;
  const corpus = byName(results, results.lighthouse.corpus);
  const fichePage = outcome?.ok
    ? outcome.pages.find((p) => /^\/metiers\/./.test(new URL(p.url).pathname))
    : undefined;
  for (const path of ['/', '/metiers', ...(fichePage ? [new URL(fichePage.url).pathname] : [])]) {
    const page = outcome?.ok ? outcome.pages.find((p) => new URL(p.url).pathname === path) : undefined;
    checks.push(
      check(`Lighthouse performance ${path}`, corpus, '≥ 95', page?.performance, (v) => v >= 95, String),
      check(`Lighthouse accessibility ${path}`, corpus, '100', page?.accessibility, (v) => v >= 100, String),
    );
  }
  return checks;
}
