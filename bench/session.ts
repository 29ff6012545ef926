// Interaction latency: plays the scripted session (session-script.ts) on the real UI and times
// each interaction in the page.
//
// Method. A probe in the page listens (capture phase, on window) for the `input` or `click`
// event of the interaction: its `timeStamp` is t0, the moment the browser received the input,
// so time spent waiting for a busy main thread counts. A MutationObserver on <main> then waits
// for the DOM to show the new state: the query chip says « q » and there are as many filter
// chips as ticked values. The chips, the result count and the results are rendered by the same
// component in the same React commit, so the first mutation batch where the chips are right is
// the commit of results and counts: that is "input → DOM" (commitMs). The next animation frame
// gives "input → next frame" (frameMs). A query that needs a shard of the full-text index not
// loaded yet keeps its previous answer until the shard comes: "settled" is the last mutation once
// nothing changed for 100 ms, the complete answer. The next interaction starts only then.
import type { Browser } from '@playwright/test';
import { facetsOf, stringifySearch, type FacetKey, type Kind } from '../src/public-api.ts';
import { chromiumMemory, newContext, type CpuProfile } from './browser.ts';
import { expandFacets, fieldset, LEGEND_LINKS } from './list-page.ts';
import { installProbe, PROBE_CONFIG, type Expected, type ProbeResult } from './session-probe.ts';
import { CLEAR_ALL, LIST_PAGES, SELECTORS } from './selectors.ts';
import { SESSION, type Step } from './session-script.ts';

export type InteractionKind = 'letter' | 'erase' | 'clearText' | 'toggle' | 'untoggle' | 'clearAll';

export interface Interaction {
  kind: Kind;
  action: InteractionKind;
  /** Input → results and counts committed to the DOM. */
  commitMs: number;
  /** Input → the next animation frame after that commit. */
  frameMs: number;
  /** Input → last DOM change: the complete answer. */
  settledMs: number;
  timedOut: boolean;
  /** The URL's search string once settled: the state the peers replay. */
  search: string;
}

export interface SessionResult {
  interactions: Interaction[];
  /** Interactions after which the page was not in the intended state and had to be reloaded. */
  recoveries: string[];
  /** With `profile`: the main thread's CPU profile (Chrome DevTools format). */
  profile?: CpuProfile;
  skipped: string[];
  /** Navigation → service worker active (precache done); null when the app registers none. */
  serviceWorkerReadyMs: number | null;
  /** Chromium's memory once the page is loaded, and after the session. */
  memoryAfterLoad: ReturnType<typeof chromiumMemory>;
  memoryAfterSession: ReturnType<typeof chromiumMemory>;
}

const MAX_CONSECUTIVE_TIMEOUTS = 3;

export async function runSession(
  browser: Browser,
  baseUrl: string,
  options: {
    commitTimeoutMs: number;
    quietMs: number;
    /** How long to wait for the service worker's precache. */
    fullTextTimeoutMs: number;
    maxInteractions?: number;
    /** Record a CPU profile of the main thread during the timed interactions (bench/profile.ts). */
    profile?: boolean;
  },
): Promise<SessionResult> {
  const context = await newContext(browser);
  const interactions: Interaction[] = [];
  const skipped: string[] = [];
  const recoveries: string[] = [];
  try {
    const page = await context.newPage();
    const searchBox = page.locator(SELECTORS.searchBox);

    /** Loads a list page (untimed) and installs the probe; `search` is a URL search string. */
    const open = async (kind: Kind, search = '') => {
      await page.goto(`${baseUrl}${LIST_PAGES[kind].path}${search}`);
      await page.locator(SELECTORS.appResult).first().waitFor({ timeout: 120_000 });
      await page.evaluate(installProbe, PROBE_CONFIG);
      await expandFacets(page);
    };

    await open('metier');
    // A first visit installs the app's service worker, which precaches the app and the whole
    // catalogue: the session waits for it, so that its downloads do not overlap the measures.
    const serviceWorkerReadyMs = await page.evaluate(async (timeout) => {
      if (!('serviceWorker' in navigator)) return null;
      const deadline = performance.now() + 10_000;
      while (!(await navigator.serviceWorker.getRegistration()) && performance.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
      }
      if (!(await navigator.serviceWorker.getRegistration())) return null;
      const ready = navigator.serviceWorker.ready.then(() => performance.now());
      return Promise.race([ready, new Promise<null>((r) => setTimeout(() => r(null), timeout))]);
    }, options.fullTextTimeoutMs);
    const memoryAfterLoad = chromiumMemory();

    let expected: Expected = { q: '', filters: 0 };
    const ticked: Partial<Record<FacetKey, string[]>> = {};

    const limit = options.maxInteractions ?? Infinity;
    let consecutiveTimeouts = 0;
    const timed = async (kind: Kind, action: InteractionKind, next: Expected, act: () => Promise<void>) => {
      if (interactions.length >= limit) return;
      await page.evaluate(
        (e) => (window as unknown as { __benchProbe: { arm(e: Expected): void } }).__benchProbe.arm(e),
        next,
      );
      await act();
      const r = await page.evaluate(
        ([timeout, quiet]) =>
          (
            window as unknown as {
              __benchProbe: { result(t: number, q: number): Promise<ProbeResult> };
            }
          ).__benchProbe.result(timeout, quiet),
        [options.commitTimeoutMs, options.quietMs] as const,
      );
      const t0 = r.t0 ?? NaN;
      interactions.push({
        kind,
        action,
        commitMs: (r.commit ?? NaN) - t0,
        frameMs: (r.frame ?? NaN) - t0,
        settledMs: (r.lastMutation ?? r.commit ?? NaN) - t0,
        timedOut: r.timedOut,
        search: r.search,
      });
      // Several time-outs in a row mean the page no longer answers as this script expects:
      // stop rather than wait for each one.
      consecutiveTimeouts = r.timedOut ? consecutiveTimeouts + 1 : 0;
      if (consecutiveTimeouts >= MAX_CONSECUTIVE_TIMEOUTS) {
        throw new Error(
          `${consecutiveTimeouts} interactions de suite sans l'état attendu (${JSON.stringify(next)}, URL « ${r.search} ») : ` +
            "l'interface a changé (bench/selectors.ts) ou ne répond plus",
        );
      }
      expected = next;
      if (r.timedOut) {
        // The page did not reach the state the script meant: reload it at that state (untimed),
        // so that the rest of the session stays the same for every run and corpus.
        const intended: Record<string, unknown> = { q: next.q.trim() === '' ? undefined : next.q };
        for (const { key } of facetsOf(kind)) intended[key] = ticked[key]?.length ? ticked[key] : undefined;
        recoveries.push(`${kind}: ${action} (URL restée « ${decodeURIComponent(r.search)} »)`);
        await open(kind, stringifySearch(intended));
      }
    };

    const play = async (kind: Kind, step: Step) => {
      switch (step.do) {
        case 'type':
          for (const char of step.text) {
            await searchBox.focus();
            await timed(kind, 'letter', { ...expected, q: expected.q + char }, () =>
              page.keyboard.type(char),
            );
          }
          return;
        case 'erase':
          for (let i = 0; i < step.count && expected.q !== ''; i++) {
            await searchBox.focus();
            const q = [...expected.q].slice(0, -1).join('');
            await timed(kind, 'erase', { ...expected, q }, () => page.keyboard.press('Backspace'));
          }
          return;
        case 'clearText':
          if (expected.q === '') return void skipped.push(`${kind}: clearText sans texte`);
          await searchBox.focus();
          await page.keyboard.press('Control+a');
          await timed(kind, 'clearText', { ...expected, q: '' }, () => page.keyboard.press('Backspace'));
          return;
        case 'toggle': {
          const set = fieldset(page, kind, step.facet);
          const options = await set
            .locator('input[type="checkbox"]')
            .evaluateAll((inputs) =>
              (inputs as HTMLInputElement[]).filter((i) => !i.disabled && !i.checked).map((i) => i.value),
            );
          const value = step.prefer.find((p) => options.includes(p)) ?? options[0];
          if (value === undefined) return void skipped.push(`${kind}: ${step.facet} sans valeur à cocher`);
          (ticked[step.facet] ??= []).push(value);
          await timed(kind, 'toggle', { ...expected, filters: expected.filters + 1 }, () =>
            set.locator(`input[type="checkbox"][value="${value}"]`).click(),
          );
          return;
        }
        case 'untoggle': {
          const value = ticked[step.facet]?.pop();
          if (value === undefined) return void skipped.push(`${kind}: ${step.facet} sans valeur à décocher`);
          await timed(kind, 'untoggle', { ...expected, filters: expected.filters - 1 }, () =>
            fieldset(page, kind, step.facet).locator(`input[type="checkbox"][value="${value}"]`).click(),
          );
          return;
        }
        case 'clearAll':
          if (expected.q === '' && expected.filters === 0)
            return void skipped.push(`${kind}: rien à effacer`);
          for (const key of Object.keys(ticked)) ticked[key as FacetKey] = [];
          await timed(kind, 'clearAll', { q: '', filters: 0 }, () =>
            page.locator(SELECTORS.activeFilters).getByRole('button', { name: CLEAR_ALL }).click(),
          );
      }
    };

    const cdp = options.profile ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    for (const [i, part] of SESSION.entries()) {
      if (i > 0) {
        // Client-side navigation to the other list, as a student would (not timed).
        await page.locator('header nav').getByRole('link', { name: LEGEND_LINKS[part.kind] }).click();
        try {
          await page.waitForURL(new RegExp(`${LIST_PAGES[part.kind].path}(\\?|$)`), { timeout: 10_000 });
          await page.locator(SELECTORS.appResult).first().waitFor();
          await expandFacets(page);
        } catch {
          recoveries.push(
            `${part.kind}: le lien « ${LEGEND_LINKS[part.kind]} » n'a pas navigué (URL ${page.url()})`,
          );
          await open(part.kind);
        }
        expected = { q: '', filters: 0 };
      }
      for (const step of part.steps) await play(part.kind, step);
    }
    const profile = cdp ? ((await cdp.send('Profiler.stop')).profile as CpuProfile) : undefined;
    return {
      profile,
      interactions,
      skipped,
      recoveries,
      serviceWorkerReadyMs,
      memoryAfterLoad,
      memoryAfterSession: chromiumMemory(),
    };
  } finally {
    await context.close();
  }
}
