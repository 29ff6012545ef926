// Search in the whole text of the fiches, run by a Web Worker so that building its index and
// answering never block typing. Results arrive after the title matches and complete them.
import { useEffect, useSyncExternalStore } from 'react';
import type { Catalog } from '../catalog/catalog';
import type { TextMatches } from '../search/text-index';
import { catalogManifest } from './catalog-query';
import { dataUrl } from './fetch-json';

export type BodySearchRequest =
  { type: 'init'; chunkUrls: string[]; keys: string[] } | { type: 'search'; query: string };

export type BodySearchReply =
  | { type: 'ready' }
  | { type: 'error'; message: string }
  | { type: 'result'; query: string; matches: [number, number][] };

export type BodySearchStatus = 'idle' | 'loading' | 'ready' | 'error';

const CACHE_SIZE = 20;

class BodySearch {
  status: BodySearchStatus = 'idle';
  private worker: Worker | null = null;
  private inFlight: string | null = null;
  private queued: string | null = null;
  private readonly results = new Map<string, TextMatches>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = () => this.version;

  private changed() {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  start(catalog: Catalog) {
    if (this.worker) return;
    this.status = 'loading';
    this.worker = new Worker(new URL('./body-search.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<BodySearchReply>) => this.receive(event.data);
    this.worker.onerror = () => {
      this.status = 'error';
      this.changed();
    };
    this.worker.postMessage({
      type: 'init',
      chunkUrls: catalogManifest.chunks.map(dataUrl),
      keys: catalog.entries.map((e) => `${e.kind}/${e.id}`),
    } satisfies BodySearchRequest);
    this.changed();
  }

  private receive(reply: BodySearchReply) {
    if (reply.type === 'ready') this.status = 'ready';
    else if (reply.type === 'error') this.status = 'error';
    else {
      this.results.set(reply.query, new Map(reply.matches));
      if (this.results.size > CACHE_SIZE) this.results.delete(this.results.keys().next().value!);
      this.inFlight = null;
      if (this.queued !== null) {
        const next = this.queued;
        this.queued = null;
        this.send(next);
      }
    }
    this.changed();
  }

  private send(query: string) {
    this.inFlight = query;
    this.worker!.postMessage({ type: 'search', query } satisfies BodySearchRequest);
  }

  /** Asks for a query; only the latest one waiting is kept while another is being answered. */
  request(query: string) {
    if (this.results.has(query) || this.inFlight === query || this.status === 'error') return;
    if (this.inFlight !== null) this.queued = query;
    else this.send(query);
  }

  get(query: string): TextMatches | undefined {
    return this.results.get(query);
  }
}

export const bodySearch = new BodySearch();

/** Matches of `query` in the text of the fiches: undefined until the worker has answered. */
export function useBodyMatches(
  catalog: Catalog,
  query: string,
): { matches: TextMatches | undefined; status: BodySearchStatus } {
  const q = query.trim();
  useSyncExternalStore(bodySearch.subscribe, bodySearch.snapshot, bodySearch.snapshot);
  useEffect(() => {
    if (q === '') return;
    bodySearch.start(catalog);
    bodySearch.request(q);
  }, [catalog, q]);
  return { matches: q === '' ? undefined : bodySearch.get(q), status: bodySearch.status };
}
