// Search as a student types it, on a cold page: the answer after the last keystroke (the shards
// its words need fetched then, nothing before), the bytes those shards cost, how many answers
// each keystroke showed, and the JS heap's growth over ten queries.
//
// Method. A fresh context (empty cache, no service worker) opens /metiers and waits for the app.
// A probe in the page records the `timeStamp` of each `input` event and every change of the
// answer on screen (the count line and the first ten titles, by a MutationObserver on <main>).
// The query is typed a key every 120 ms (a fast student). Once nothing has changed for 500 ms,
// "last keystroke → answer" is the last change minus the last input; keystrokes that showed more
// than one answer are counted. Bytes: Resource Timing's `encodedBodySize` (gzip) of the index's
// shards fetched for the query. Memory: `Runtime.getHeapUsage` after a forced GC, before and
// after ten queries typed one after the other in one page.
import type { Browser, Page } from '@playwright/test';
import { newContext } from './browser.ts';
import { SELECTORS } from './selectors.ts';

/** Words students type, each changing the answer at its last letter. */
export const SEARCH_QUERIES = [
  'soigner',
  'animaux',
  'informatique',
  'menuisier',
  'cuisine',
  'commerce',
  'dessin',
  'electricite',
  'enfants',
  'montagne',
];

export interface SearchRun {
  query: string;
  /** Last input → last change of the answer; null when the last keystroke changed nothing. */
  answerMs: number | null;
  shardBytes: number;
  shards: number;
  keystrokes: number;
  /** Keystrokes after which the answer on screen changed more than once. */
  doubleAnswers: number;
}

function installProbe() {
  const w = window as unknown as { inputs: number[]; changes: number[][] };
  w.inputs = [];
  w.changes = [];
  addEventListener('input', (e) => w.inputs.push(e.timeStamp), true);
  const main = document.querySelector('main')!;
  const state = () =>
    `${main.querySelector('[role=status]')?.textContent ?? ''}|${[
      ...main.querySelectorAll('ul[aria-label="Résultats"] h2'),
    ]
      .slice(0, 10)
      .map((h) => h.textContent)
      .join('|')}`;
  let last = state();
  new MutationObserver(() => {
    const now = state();
    if (now === last) return;
    last = now;
    w.changes.push([w.inputs.length, performance.now()]);
  }).observe(main, { subtree: true, childList: true, characterData: true });
}

async function typeQuery(page: Page, query: string): Promise<Omit<SearchRun, 'query'>> {
  const box = page.locator(SELECTORS.searchBox);
  await box.click();
  await page.evaluate(() => {
    const w = window as unknown as { inputs: number[]; changes: number[][] };
    w.inputs = [];
    w.changes = [];
    performance.clearResourceTimings();
  });
  for (const key of query) {
    await box.press(key);
    await page.waitForTimeout(120);
  }
  // Quiet: no change for 500 ms.
  let changes = -1;
  for (;;) {
    await page.waitForTimeout(500);
    const now = await page.evaluate(() => (window as unknown as { changes: unknown[] }).changes.length);
    if (now === changes) break;
    changes = now;
  }
  return page.evaluate((keys) => {
    const w = window as unknown as { inputs: number[]; changes: [number, number][] };
    const lastInput = w.inputs.at(-1)!;
    const after = w.changes.filter(([n]) => n === keys);
    const perKey = new Map<number, number>();
    for (const [n] of w.changes) perKey.set(n, (perKey.get(n) ?? 0) + 1);
    const shards = performance
      .getEntriesByType('resource')
      .filter((e) => /\/catalog\/texte-/.test(e.name)) as PerformanceResourceTiming[];
    return {
      answerMs: after.length > 0 ? after.at(-1)![1] - lastInput : null,
      shardBytes: shards.reduce((n, e) => n + e.encodedBodySize, 0),
      shards: shards.length,
      keystrokes: keys,
      doubleAnswers: [...perKey.values()].filter((c) => c > 1).length,
    };
  }, query.length);
}

async function openList(browser: Browser, baseUrl: string, cpuThrottle: number) {
  const context = await newContext(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
  await page.goto(`${baseUrl}/metiers`);
  await page.locator(SELECTORS.appResult).first().waitFor({ timeout: 120_000 });
  await page.locator('#root:not([inert])').waitFor();
  await page.evaluate(installProbe);
  return { context, page, cdp };
}

/** Each query typed on a cold page of its own. */
export async function coldSearches(
  browser: Browser,
  baseUrl: string,
  cpuThrottle: number,
  queries = SEARCH_QUERIES,
): Promise<SearchRun[]> {
  const runs: SearchRun[] = [];
  for (const query of queries) {
    const { context, page } = await openList(browser, baseUrl, cpuThrottle);
    try {
      runs.push({ query, ...(await typeQuery(page, query)) });
    } finally {
      await context.close();
    }
  }
  return runs;
}

/** The JS heap's growth (after GC) over ten queries typed in one page. */
export async function searchMemory(browser: Browser, baseUrl: string): Promise<number> {
  const { context, page, cdp } = await openList(browser, baseUrl, 1);
  try {
    await cdp.send('HeapProfiler.enable');
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const before = await heap();
    const box = page.locator(SELECTORS.searchBox);
    for (const query of SEARCH_QUERIES) {
      await box.fill('');
      await typeQuery(page, query);
    }
    return (await heap()) - before;
  } finally {
    await context.close();
  }
}
