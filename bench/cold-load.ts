// Cold load of /metiers in a fresh browser context (empty cache): time from navigation to the
// first result on screen, bytes received before it, and the JS heap once the page is idle.
//
// Method. An init script runs before any of the app's code: a MutationObserver notes the time
// the first result card of the app enters the DOM (the app's own, usable list: not the page
// drawn at build time, which is inert until the app replaces it), and the next animation frame
// (the frame that paints it) gives "first results visible". The frame that first paints a
// result card at all, drawn page included, is noted too ("drawn"). All are `performance.now()`
// values, i.e. milliseconds since navigation start. Bytes come from Resource Timing (`transferSize`: compressed body and
// headers as received) of every response that ended before that frame. The heap is
// `Runtime.getHeapUsage` after a forced garbage collection, once the main thread has been idle
// for a while (the app builds its title index in the first idle moment after start-up).
import type { Browser, CDPSession } from '@playwright/test';
import { newContext } from './browser.ts';
import { SELECTORS } from './selectors.ts';

export interface ResourceBytes {
  url: string;
  kind: 'html' | 'js' | 'css' | 'data' | 'other';
  transferBytes: number;
  bodyBytes: number;
  decodedBytes: number;
  endMs: number;
}

export interface ColdLoad {
  cpuThrottle: number;
  /** Navigation start → the frame that paints the app's first result (usable). */
  firstResultsMs: number;
  /** Navigation start → the frame that paints a result card at all (the page drawn at build time). */
  drawnResultsMs: number;
  /** Navigation start → first result card in the DOM. */
  firstResultsDomMs: number;
  firstContentfulPaintMs: number | null;
  /** Compressed bytes received before the first results, by kind. */
  bytesBeforeResults: Record<ResourceBytes['kind'] | 'total', number>;
  resources: ResourceBytes[];
  /** Used JS heap of the page after load, idle and a full GC. */
  heapUsedBytes: number;
  /** Long tasks (> 50 ms) of the main thread up to idle: their total and the end of the last one. */
  longTasksMs: number;
  lastLongTaskEndMs: number | null;
  /** Every response carried a Content-Encoding (gzip/br) when it is a text type. */
  compressed: boolean;
}

/** Installed before the app's scripts; see the method above. */
function firstResultsProbe(selector: string) {
  const w = window as unknown as Record<string, unknown>;
  const longTasks: { start: number; duration: number }[] = [];
  w.__benchLongTasks = longTasks;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Long tasks are a detail; their absence must not break the measure.
  }
  const markAt = (name: string) => {
    const mark: { dom: number; frame?: number } = { dom: performance.now() };
    w[name] = mark;
    requestAnimationFrame(() => (mark.frame = performance.now()));
  };
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    if (!w.__benchDrawnResults) markAt('__benchDrawnResults');
    // The page drawn at build time is inert until the app has replaced it.
    if (document.querySelector('#root[inert]')) return;
    markAt('__benchFirstResults');
    observer.disconnect();
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['inert'],
  });
}

/** Resolves once the main thread has had three consecutive idle periods of 40 ms or more. */
export function waitForIdle(): Promise<void> {
  return new Promise((resolve) => {
    let quiet = 0;
    const tick = (deadline: IdleDeadline) => {
      quiet = deadline.timeRemaining() >= 40 ? quiet + 1 : 0;
      if (quiet >= 3) resolve();
      else requestIdleCallback(tick, { timeout: 1000 });
    };
    requestIdleCallback(tick, { timeout: 1000 });
  });
}

function kindOf(url: string, initiator: string): ResourceBytes['kind'] {
  const path = new URL(url).pathname;
  if (initiator === 'navigation') return 'html';
  if (path.includes('/catalog/')) return 'data';
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  return 'other';
}

/**
 * `selector`: what "results" means for the page: the first result card of a list (default), or
 * the heading of a fiche (`main h1`).
 */
export async function coldLoad(
  browser: Browser,
  url: string,
  cpuThrottle: number,
  timeoutMs = 120_000,
  selector: string = SELECTORS.firstResult,
): Promise<ColdLoad> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const cdp: CDPSession = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    const encodings: { mime: string; encoding: string | undefined }[] = [];
    cdp.on('Network.responseReceived', (event) => {
      const headers = Object.fromEntries(
        Object.entries(event.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
      );
      encodings.push({ mime: event.response.mimeType, encoding: headers['content-encoding'] });
    });
    await page.addInitScript(firstResultsProbe, selector);
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await page.waitForFunction(
      () => (window as unknown as { __benchFirstResults?: { frame?: number } }).__benchFirstResults?.frame,
      undefined,
      { timeout: timeoutMs, polling: 50 },
    );
    await page.evaluate(waitForIdle);
    const measured = await page.evaluate(() => {
      const w = window as unknown as {
        __benchFirstResults: { dom: number; frame: number };
        __benchDrawnResults: { dom: number; frame: number };
        __benchLongTasks: { start: number; duration: number }[];
      };
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const entries = [...(nav ? [nav] : []), ...performance.getEntriesByType('resource')].map((e) => {
        const r = e as PerformanceResourceTiming;
        return {
          url: r.name,
          initiator: r.initiatorType,
          transferBytes: r.transferSize,
          bodyBytes: r.encodedBodySize,
          decodedBytes: r.decodedBodySize,
          endMs: r.responseEnd,
        };
      });
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      return {
        marks: w.__benchFirstResults,
        drawn: w.__benchDrawnResults,
        longTasks: w.__benchLongTasks,
        entries,
        fcp,
      };
    });
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');

    const resources: ResourceBytes[] = measured.entries.map((e) => ({
      url: e.url,
      kind: kindOf(e.url, e.initiator),
      transferBytes: e.transferBytes,
      bodyBytes: e.bodyBytes,
      decodedBytes: e.decodedBytes,
      endMs: e.endMs,
    }));
    const before = resources.filter((r) => r.endMs <= measured.marks.frame);
    const bytesBeforeResults = { html: 0, js: 0, css: 0, data: 0, other: 0, total: 0 };
    for (const r of before) {
      bytesBeforeResults[r.kind] += r.transferBytes;
      bytesBeforeResults.total += r.transferBytes;
    }
    const textual = encodings.filter((e) => /javascript|json|css|html/.test(e.mime));
    return {
      cpuThrottle,
      firstResultsMs: measured.marks.frame,
      firstResultsDomMs: measured.marks.dom,
      drawnResultsMs: measured.drawn.frame,
      firstContentfulPaintMs: measured.fcp,
      bytesBeforeResults,
      resources,
      heapUsedBytes: heap.usedSize,
      longTasksMs: measured.longTasks.reduce((s, t) => s + t.duration, 0),
      lastLongTaskEndMs: measured.longTasks.length
        ? Math.max(...measured.longTasks.map((t) => t.start + t.duration))
        : null,
      compressed: textual.length > 0 && textual.every((e) => e.encoding === 'gzip' || e.encoding === 'br'),
    };
  } finally {
    await context.close();
  }
}
