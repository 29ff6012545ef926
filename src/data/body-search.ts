// Search in the whole text of the fiches, run by a Web Worker so that building its index and
// answering never block typing. Each query is a TanStack query, cached and shared. The worker
// answers one query at a time; a query nobody waits for any more (its AbortSignal fired: the
// student typed on) is never sent, or, if it waits in the worker for the index, dropped there.
// Results arrive after the title matches and complete them.
import { queryOptions } from '@tanstack/react-query';
import type { Catalog } from '../catalog/catalog';
import type { TextMatches } from '../search/text-matches';
import { catalogManifest } from './catalog-query';
import { dataUrl } from './fetch-json';

export type BodySearchRequest =
  | { type: 'init'; chunkUrls: string[]; keys: string[] }
  | { type: 'search'; id: number; query: string }
  | { type: 'cancel'; id: number };

export type BodySearchReply =
  | { type: 'error'; message: string }
  /** `matches` is null for a query cancelled before it was answered. */
  | { type: 'result'; id: number; matches: [number, number][] | null };

interface Waiting {
  resolve: (matches: TextMatches | null) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let failure: Error | null = null;
let nextId = 0;
const waiting = new Map<number, Waiting>();
/** The query the worker is answering, or the last one queued: the next waits for it. */
let previous: Promise<unknown> = Promise.resolve();

function fail(error: Error) {
  failure = error;
  for (const w of waiting.values()) w.reject(error);
  waiting.clear();
}

/** Starts the worker and the building of its index (once): as the student comes to type. */
export function startBodySearch(catalog: Catalog) {
  if (worker) return;
  worker = new Worker(new URL('./body-search.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<BodySearchReply>) => {
    const reply = event.data;
    if (reply.type === 'error') return fail(new Error(reply.message));
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    w?.resolve(reply.matches && new Map(reply.matches));
  };
  worker.onerror = () => fail(new Error('le moteur de recherche dans le texte ne démarre pas'));
  worker.postMessage({
    type: 'init',
    chunkUrls: catalogManifest.chunks.map(dataUrl),
    keys: catalog.entries.map((e) => `${e.kind}/${e.id}`),
  } satisfies BodySearchRequest);
}

/** Sends a query to the worker; null when it was cancelled there. */
function ask(query: string, signal: AbortSignal): Promise<TextMatches | null> {
  if (failure) return Promise.reject(failure);
  const id = nextId++;
  const answer = new Promise<TextMatches | null>((resolve, reject) => waiting.set(id, { resolve, reject }));
  const cancel = () => worker!.postMessage({ type: 'cancel', id } satisfies BodySearchRequest);
  signal.addEventListener('abort', cancel, { once: true });
  worker!.postMessage({ type: 'search', id, query } satisfies BodySearchRequest);
  return answer.finally(() => signal.removeEventListener('abort', cancel));
}

function searchBody(catalog: Catalog, query: string, signal: AbortSignal): Promise<TextMatches> {
  startBodySearch(catalog);
  const answered = previous.then(() => (signal.aborted ? null : ask(query, signal)));
  previous = answered.catch(() => undefined);
  return new Promise((resolve, reject) => {
    const aborted = () => reject(signal.reason);
    signal.addEventListener('abort', aborted, { once: true });
    answered
      .then((matches) => (matches ? resolve(matches) : aborted()), reject)
      .finally(() => signal.removeEventListener('abort', aborted));
  });
}

/** The matches of `query` (trimmed, not empty) in the text of the fiches. */
export const bodySearchQuery = (catalog: Catalog, query: string) =>
  queryOptions({
    queryKey: ['body-search', catalogManifest.dataVersion, query],
    queryFn: ({ signal }) => searchBody(catalog, query, signal),
    staleTime: Infinity,
    // The last few queries stay at hand (a letter erased, then typed again), not every one.
    gcTime: 30_000,
    retry: false,
  });
