// The peers page: loads the app's compiled index, builds the app's engine, itemsjs and Orama in
// this one page, and replays the states of the UI session on each of them. Driven by
// bench/peers-run.ts through `window.__peers`; it renders nothing worth looking at.
import {
  CatalogIndexSchema,
  CatalogSearch,
  hydrateCatalog,
  type Catalog,
  type FacetKey,
  type TitleIndex,
} from '../../src/public-api.ts';
import { createTitleIndex } from '../../src/test-support/reference-title-index.ts';
import {
  appEngine,
  itemsjsEngine,
  oramaEngine,
  type Counts,
  type Engine,
  type EngineOutput,
} from './engines.ts';
import {
  ENGINES,
  type EngineName,
  type EngineState,
  type LoadReport,
  type PeersApi,
  type RunReport,
} from './protocol.ts';

interface Loaded {
  catalogSearch: CatalogSearch;
  app: ReturnType<typeof appEngine>;
  itemsjs: ReturnType<typeof itemsjsEngine>;
  orama: Engine;
  titleIndex: TitleIndex;
  miniSearch: ReturnType<typeof createTitleIndex>;
}

let loaded: Loaded | null = null;

declare const gc: (() => void) | undefined;

/** Used JS heap after a full collection; null unless Chromium runs with --enable-precise-memory-info. */
function heapAfterGc(): number | null {
  if (typeof gc === 'function') {
    gc();
    gc();
  }
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize : null;
}

function time<T>(run: () => T): [T, number] {
  const started = performance.now();
  const value = run();
  return [value, performance.now() - started];
}

/** The smallest step of `performance.now()` here (5 µs when cross-origin isolated, else 100 µs). */
function timerResolution(): number {
  let smallest = Infinity;
  for (let i = 0; i < 50; i++) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) b = performance.now();
    smallest = Math.min(smallest, b - a);
  }
  return smallest;
}

async function load(indexUrl: string): Promise<LoadReport> {
  const fetchStarted = performance.now();
  const text = await (await fetch(indexUrl)).text();
  const fetchMs = performance.now() - fetchStarted;
  const [json, parseMs] = time(() => JSON.parse(text) as unknown);
  const [index, validateMs] = time(() => CatalogIndexSchema.parse(json));
  const [catalog, hydrateMs] = time((): Catalog => hydrateCatalog(index));
  const catalogHeapBytes = heapAfterGc();
  const [catalogSearch, explorersMs] = time(() => new CatalogSearch(catalog));
  const [titleIndex, titleIndexMs] = time(() => catalogSearch.titles);
  const appHeap = heapAfterGc();

  const app = appEngine(catalogSearch, titleIndex);
  // itemsjs takes its text matches from MiniSearch, as its documentation recommends (built
  // outside its timed build: it is the text part, not itemsjs).
  const miniSearch = createTitleIndex(catalog.entries);
  const [itemsjs, itemsjsMs] = time(() => itemsjsEngine(catalogSearch, miniSearch));
  const itemsjsHeap = heapAfterGc();
  const [orama, oramaMs] = time(() => oramaEngine(catalogSearch));
  const oramaHeap = heapAfterGc();
  loaded = { catalogSearch, app, itemsjs, orama, titleIndex, miniSearch };

  const delta = (after: number | null, before: number | null) =>
    after === null || before === null ? null : after - before;
  return {
    indexBytes: text.length,
    fiches: catalog.entries.length,
    app: { fetchMs, parseMs, validateMs, hydrateMs, explorersMs, titleIndexMs },
    buildMs: { app: explorersMs + titleIndexMs, itemsjs: itemsjsMs, orama: oramaMs },
    heapBytes: {
      app: delta(appHeap, catalogHeapBytes),
      itemsjs: delta(itemsjsHeap, appHeap),
      orama: delta(oramaHeap, itemsjsHeap),
    },
    catalogHeapBytes,
  };
}

/** Totals and facet counts equal, zero counts and absent values being the same thing. */
function sameOutput(a: EngineOutput, b: EngineOutput, keys: FacetKey[]): string | null {
  if (a.total !== b.total) return `total ${a.total} ≠ ${b.total}`;
  const norm = (counts: Counts, key: FacetKey) =>
    [...(counts.get(key) ?? new Map<string, number>())]
      .filter(([, n]) => n > 0)
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([v, n]) => `${v}:${n}`)
      .join(',');
  for (const key of keys) {
    if (norm(a.counts, key) !== norm(b.counts, key))
      return `${key}: ${norm(a.counts, key)} ≠ ${norm(b.counts, key)}`;
  }
  return null;
}

async function run(states: EngineState[], repeats: number): Promise<RunReport> {
  if (!loaded) throw new Error('load() first');
  const { app, itemsjs, orama } = loaded;
  const engines: Record<EngineName, Engine> = { app, itemsjs, orama };
  const samples: Record<EngineName, number[]> = { app: [], itemsjs: [], orama: [] };
  const appFacetsOnly: number[] = [];
  const appTextOnly: number[] = [];
  const perState = states.map(() => ({ app: 0, itemsjs: 0, orama: 0 }));
  const itemsjsFacetsOnly: number[] = [];
  const agreement: RunReport['agreement'] = {
    itemsjs: { compared: 0, equal: 0 },
    orama: { compared: 0, equal: 0 },
  };

  // Correctness first (and a warm-up pass for the JIT): every peer must give the app's counts.
  for (const state of states) {
    const reference = app.run(state);
    const keys = [...reference.counts.keys()];
    for (const peer of ['itemsjs', 'orama'] as const) {
      // Orama's text matching differs from MiniSearch's by design: compare it on filters only.
      if (peer === 'orama' && state.q.trim() !== '') {
        engines.orama.run(state);
        continue;
      }
      const mismatch = sameOutput(reference, engines[peer].run(state), keys);
      agreement[peer].compared++;
      if (mismatch === null) agreement[peer].equal++;
      else agreement[peer].firstMismatch ??= `${JSON.stringify(state)}: ${mismatch}`;
    }
  }

  // Timed passes. The engines take turns on each state, in a rotating order, so that none
  // always runs right after another's garbage.
  for (let r = 0; r < repeats; r++) {
    states.forEach((state, i) => {
      for (let k = 0; k < ENGINES.length; k++) {
        const name = ENGINES[(i + r + k) % ENGINES.length]!;
        const started = performance.now();
        engines[name].run(state);
        const ms = performance.now() - started;
        samples[name].push(ms);
        perState[i]![name] += ms / repeats;
      }
      const textStarted = performance.now();
      const text = app.text(state);
      appTextOnly.push(performance.now() - textStarted);
      const started = performance.now();
      app.facetsOnly(state, text);
      appFacetsOnly.push(performance.now() - started);
      const entries = loaded!.catalogSearch.catalog.entries;
      const ids =
        text === null
          ? undefined
          : [...text.keys()].filter((i) => entries[i]!.kind === state.kind).map(String);
      const itemsStarted = performance.now();
      itemsjs.facetsOnly(state, ids);
      itemsjsFacetsOnly.push(performance.now() - itemsStarted);
    });
    // Let the page breathe between passes.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const slowest = perState
    .map((ms, i) => ({ state: states[i]!, ms }))
    .sort((a, b) => b.ms.app - a.ms.app)
    .slice(0, 8);
  return {
    samples,
    appFacetsOnly,
    appTextOnly,
    slowest,
    itemsjsFacetsOnly,
    agreement,
    repeats,
    timerResolutionMs: timerResolution(),
  };
}

const api: PeersApi = { load, run };
window.__peers = api;
document.body.dataset.ready = 'true';
