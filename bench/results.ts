// The shape of bench-results/latest.json: everything one run measured, per corpus.
import type { AssetSize } from './build.ts';
import type { ColdLoad } from './cold-load.ts';
import type { CompileFigures } from './compile.ts';
import type { LighthouseOutcome } from './lighthouse.ts';
import type { EngineName, LoadReport, RunReport } from './peers/protocol.ts';
import type { SearchRun } from './search.ts';
import type { Interaction, InteractionKind } from './session.ts';
import type { Distribution } from './stats.ts';
import type { SyntheticSummary } from './synthetic.ts';

export interface ColdLoadSummary {
  runs: ColdLoad[];
  /** Medians over the runs. */
  firstResultsMs: number;
  /** The first result cards painted at all: the page drawn at build time, where there is one. */
  drawnResultsMs: number;
  firstContentfulPaintMs: number | null;
  bytesBeforeResults: number;
  jsBytesBeforeResults: number;
  dataBytesBeforeResults: number;
  heapUsedBytes: number;
  longTasksMs: number;
}

export interface SessionSummary {
  interactions: number;
  commit: Distribution;
  frame: Distribution;
  settled: Distribution;
  /** Settled, over the search box's interactions only (letters, erasures, clearing). */
  typingSettled?: Distribution;
  byAction: Partial<Record<InteractionKind, Distribution>>;
  timedOut: number;
  skipped: string[];
  /** Interactions that left the page in another state than intended (an app bug, usually). */
  recoveries: string[];
  /** Navigation → the service worker active (its precache done); null without one. */
  serviceWorkerReadyMs: number | null;
  rendererRssAfterLoad: number | null;
  rendererRssAfterSession: number | null;
  /** Every interaction, for whoever wants to look closer. */
  samples: Interaction[];
}

/** Search as a student types it on a cold page (bench/search.ts). */
export interface SearchSummary {
  cold: SearchRun[];
  coldThrottled?: SearchRun[];
  /** Medians and maxima over the queries. */
  answerMs: number | null;
  answerMsThrottled: number | null;
  shardBytesMedian: number;
  shardBytesMax: number;
  doubleAnswers: number;
  keystrokes: number;
  /** JS heap growth (after GC) over ten queries in one page. */
  memoryGrowthBytes: number | null;
  /** The whole full-text index: shards, and their total size gzip. */
  shards: number;
  indexGzipBytes: number;
  /** What the service worker precaches (raw bytes; the app and the whole catalogue). */
  precacheBytes: number;
}

export interface PeersSummary {
  states: number;
  repeats: number;
  load: LoadReport;
  engines: Record<EngineName, Distribution>;
  appFacetsOnly: Distribution;
  appTextOnly: Distribution;
  itemsjsFacetsOnly: Distribution;
  slowest: RunReport['slowest'];
  /** p95 of the faster peer ÷ p95 of the app: ≥ 2 means the app is at least twice as fast. */
  speedupP95: number;
  fasterPeer: Exclude<EngineName, 'app'>;
  agreement: RunReport['agreement'];
  timerResolutionMs: number;
}

export interface CorpusResult {
  name: string;
  label: string;
  sourceDir: string;
  generation?: { ms: number; summary: SyntheticSummary };
  compile?: CompileFigures;
  build?: { ms: number; assets: AssetSize[] };
  coldLoad?: ColdLoadSummary;
  coldLoadThrottled?: ColdLoadSummary;
  /** A bookmarked fiche opened cold: its heading is the "result" (the drawn page's, then the app's). */
  ficheColdLoad?: ColdLoadSummary & { path: string };
  ficheColdLoadThrottled?: ColdLoadSummary & { path: string };
  session?: SessionSummary;
  search?: SearchSummary;
  peers?: PeersSummary;
  /** Steps that failed, with their error: the run goes on with the other steps. */
  failures: { step: string; error: string }[];
}

export interface MachineInfo {
  cpus: string;
  cores: number;
  memoryBytes: number;
  os: string;
  node: string;
  chromium: string;
  /** 1-minute load average at start and end: other work on the machine skews the figures. */
  loadAverage: { start: number; end: number };
}

export interface BenchResults {
  date: string;
  durationMs: number;
  command: string;
  machine: MachineInfo;
  options: Record<string, unknown>;
  corpora: CorpusResult[];
  lighthouse?: { corpus: string; runs: number; outcome: LighthouseOutcome };
}
