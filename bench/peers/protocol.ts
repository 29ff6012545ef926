// What the Node side and the peers page exchange (plain JSON through Playwright).
import type { Filters, Kind, SortKey } from '../../src/public-api.ts';

/** One state of the explorer, as the UI session left it: the query and filters of the URL. */
export interface EngineState {
  kind: Kind;
  q: string;
  filters: Filters;
  sort: SortKey;
}

export type EngineName = 'app' | 'itemsjs' | 'orama';
export const ENGINES: EngineName[] = ['app', 'itemsjs', 'orama'];

/** Costs of getting from the index file to a searchable catalogue, in the page. */
export interface LoadReport {
  indexBytes: number;
  fiches: number;
  /** The app's own steps, in the order the app runs them at start-up. */
  app: {
    fetchMs: number;
    parseMs: number;
    validateMs: number;
    hydrateMs: number;
    explorersMs: number;
    titleIndexMs: number;
  };
  /** Time to build each engine's index from the hydrated catalogue. */
  buildMs: Record<EngineName, number>;
  /** Heap retained by each engine's index (after GC), when the browser exposes it. */
  heapBytes: Record<EngineName, number | null>;
  /** Heap after parsing, validating and hydrating the index (after GC). */
  catalogHeapBytes: number | null;
}

export interface RunReport {
  /** Per engine: the time of each query (text search + facet counts + first page), in ms. */
  samples: Record<EngineName, number[]>;
  /** The app's engine without its text part: facet counts + ranking only. */
  appFacetsOnly: number[];
  /** The app's text part alone: the MiniSearch title search (itemsjs shares it). */
  appTextOnly: number[];
  /** The states where the app is slowest (mean over the repeats), with every engine's time. */
  slowest: { state: EngineState; ms: Record<EngineName, number> }[];
  itemsjsFacetsOnly: number[];
  /** States whose totals and facet counts equal the app's. Orama is compared without text only. */
  agreement: Record<Exclude<EngineName, 'app'>, { compared: number; equal: number; firstMismatch?: string }>;
  repeats: number;
  timerResolutionMs: number;
}

export interface PeersApi {
  load(indexUrl: string): Promise<LoadReport>;
  run(states: EngineState[], repeats: number): Promise<RunReport>;
}

declare global {
  interface Window {
    __peers?: PeersApi;
  }
}
