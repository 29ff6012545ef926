// The probe the interaction benchmark installs in the page (the method is in session.ts): it
// notes when an input arrives, when the DOM first shows its new state, the next frame, and the
// last change (the answer, once the shards of the full-text index its words need have come).
import { FILTER_CHIP_PREFIX, QUERY_CHIP_PREFIX, SELECTORS } from './selectors.ts';

export interface Expected {
  q: string;
  filters: number;
}

export interface ProbeResult {
  t0: number | null;
  commit: number | null;
  frame: number | null;
  lastMutation: number | null;
  timedOut: boolean;
  search: string;
}

interface ProbeConfig {
  main: string;
  searchBox: string;
  status: string;
  activeFilters: string;
  queryChip: string;
  filterChip: string;
}

/** Runs in the page; see the method above. */
export function installProbe(config: ProbeConfig) {
  interface Pending {
    expected: { q: string; filters: number };
    t0: number | null;
    commit: number | null;
    frame: number | null;
    lastMutation: number | null;
  }
  let pending: Pending | null = null;
  const statusText = () => document.querySelector(config.status)?.textContent ?? '';
  const shows = (expected: Pending['expected']) => {
    const group = document.querySelector(config.activeFilters);
    const buttons = group ? [...group.querySelectorAll('button')] : [];
    const queryChip = buttons.find((b) => (b.textContent ?? '').includes(config.queryChip));
    const filters = buttons.filter((b) => (b.textContent ?? '').includes(config.filterChip)).length;
    const queryShown =
      expected.q.trim() === ''
        ? queryChip === undefined
        : (queryChip?.textContent ?? '').includes(`« ${expected.q} »`);
    return queryShown && filters === expected.filters && statusText() !== '';
  };
  const onInput = (event: Event) => {
    if (pending && pending.t0 === null) pending.t0 = event.timeStamp;
  };
  window.addEventListener('input', onInput, true);
  window.addEventListener('click', onInput, true);
  const main = document.querySelector(config.main)!;
  new MutationObserver((records) => {
    if (!pending || pending.t0 === null) return;
    const box = document.querySelector(config.searchBox);
    // React writes the value attribute of the search box on each keystroke: not a result.
    if (records.every((r) => r.target === box)) return;
    const now = performance.now();
    const p = pending;
    p.lastMutation = now;
    if (p.commit === null && shows(p.expected)) {
      p.commit = now;
      requestAnimationFrame(() => (p.frame = performance.now()));
    }
  }).observe(main, { subtree: true, childList: true, characterData: true, attributes: true });

  (window as unknown as Record<string, unknown>).__benchProbe = {
    arm(expected: Pending['expected']) {
      pending = { expected, t0: null, commit: null, frame: null, lastMutation: null };
    },
    result(timeoutMs: number, quietMs: number) {
      const started = performance.now();
      return new Promise((resolve) => {
        const check = () => {
          const p = pending!;
          const now = performance.now();
          const settled =
            p.commit !== null && p.frame !== null && now - (p.lastMutation ?? p.commit) >= quietMs;
          const timedOut = now - started > timeoutMs;
          if (settled || timedOut) {
            resolve({
              t0: p.t0,
              commit: p.commit,
              frame: p.frame,
              lastMutation: p.lastMutation,
              timedOut: !settled,
              search: location.search,
            });
          } else setTimeout(check, 25);
        };
        check();
      });
    },
  };
}

export const PROBE_CONFIG: ProbeConfig = {
  main: 'main',
  searchBox: SELECTORS.searchBox,
  status: SELECTORS.status,
  activeFilters: SELECTORS.activeFilters,
  queryChip: QUERY_CHIP_PREFIX,
  filterChip: FILTER_CHIP_PREFIX,
};
