// Lighthouse (default config = mobile preset: Moto G Power viewport, simulated slow 4G and 4×
// CPU) on Debian's Chromium, launched by chrome-launcher. Lighthouse needs no network of its
// own for a local URL; when it cannot run here, the reason is reported instead of scores.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser.ts';

export interface LighthouseScores {
  url: string;
  performance: number | null;
  accessibility: number | null;
  /** Lab metrics of the performance category, in ms (CLS unitless). */
  metrics: Record<string, number | null>;
  /** Audits of the accessibility category that failed, for the report. */
  failedAccessibility: string[];
  runtimeError?: string;
}

export type LighthouseOutcome = { ok: true; pages: LighthouseScores[] } | { ok: false; reason: string };

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'interactive',
];

export async function runLighthouse(urls: string[]): Promise<LighthouseOutcome> {
  let chrome: Awaited<ReturnType<typeof launch>> | null = null;
  try {
    chrome = await launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: [...CHROMIUM_FLAGS, '--headless=new'],
      logLevel: 'silent',
    });
    const pages: LighthouseScores[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      if (!result) throw new Error(`Lighthouse n'a rien rendu pour ${url}`);
      const { lhr } = result;
      const score = (id: string) => {
        const s = lhr.categories[id]?.score;
        return s === null || s === undefined ? null : Math.round(s * 100);
      };
      pages.push({
        url,
        performance: score('performance'),
        accessibility: score('accessibility'),
        metrics: Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.numericValue ?? null])),
        failedAccessibility: (lhr.categories.accessibility?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
          .map((ref) => `${ref.id}: ${lhr.audits[ref.id]?.title ?? ''}`),
        ...(lhr.runtimeError
          ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` }
          : {}),
      });
    }
    return { ok: true, pages };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  } finally {
    // chrome-launcher kills the browser it started, by its own pid.
    await chrome?.kill();
  }
}
