// Node side of the peers comparison: opens the peers page (bench/peers/) in the benchmark's
// Chromium, has it load the corpus's compiled index, and replays the states of the UI session.
import type { Browser } from '@playwright/test';
import { newContext } from './browser.ts';
import type { EngineState, LoadReport, RunReport } from './peers/protocol.ts';

/**
 * The peers page is served cross-origin isolated (COOP/COEP headers, see run.ts), which gives
 * `performance.now()` a 5 µs resolution instead of 100 µs: engine times are often below 1 ms.
 */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export async function runPeers(
  browser: Browser,
  peersUrl: string,
  indexUrl: string,
  states: EngineState[],
  repeats: number,
): Promise<{ load: LoadReport; run: RunReport }> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(900_000);
    await page.goto(peersUrl);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    const load = await page.evaluate((url) => window.__peers!.load(url), indexUrl);
    const run = await page.evaluate(([s, r]) => window.__peers!.run(s, r), [states, repeats] as const);
    return { load, run };
  } finally {
    await context.close();
  }
}
