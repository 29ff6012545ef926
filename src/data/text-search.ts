// Searching as the student types: the title index is in memory; the full-text index comes in
// shards (search/text-index.ts), each fetched once, the first time a word needs it. A query
// that needs a shard not loaded yet keeps the previous answer on screen until it arrives, then
// shows its complete answer: never a partial one that a second would replace.
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { TextShard } from '../catalog/schema';
import type { CatalogSearch } from '../search/catalog-search';
import type { SearchAnswer } from '../search/fiche-search';
import { catalogManifest, catalogQuery } from './catalog-query';
import { DataError, fetchJson, type Validator } from './fetch-json';

const isArray = (value: unknown, item: 'string' | 'number') =>
  Array.isArray(value) && value.every((v) => typeof v === item);

/** The shape of a shard (its consistency is checked as it is decoded). */
const TextShardCheck: Validator<TextShard> = {
  safeParse(json) {
    const s = json as Record<string, unknown> | null;
    const ok =
      typeof s === 'object' &&
      s !== null &&
      s.version === 1 &&
      isArray(s.terms, 'string') &&
      (['counts', 'docs', 'weights', 'sections'] as const).every((k) => isArray(s[k], 'number'));
    return ok
      ? { success: true, data: json as TextShard }
      : { success: false, error: { issues: [{ path: [], message: "pas un morceau de l'index du texte" }] } };
  },
};

function textShardQuery(catalogSearch: CatalogSearch, file: number) {
  return queryOptions({
    queryKey: ['text-shard', catalogManifest.dataVersion, file],
    queryFn: async () => {
      const name = catalogSearch.text.fileName(file);
      const shard = await fetchJson(name, TextShardCheck);
      try {
        catalogSearch.text.add(file, shard);
      } catch (e) {
        throw new DataError(
          'Les fiches reçues ne sont pas dans le format attendu. Réessaie ; si cela continue, le site est peut-être en cours de mise à jour.',
          String(e),
        );
      }
      return file;
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
    // Offline, a fetch fails (or the service worker answers): never paused waiting for a network
    // that may not come, which would keep the previous answer without a word.
    networkMode: 'always',
  });
}

/**
 * Shards read ahead at most after a keystroke: a word's next letter leads to 1 to 11 shards at
 * 3,400 fiches (« c » to 7, « co » to 4), ≈ 2.5 ms each to parse and decode.
 */
const AHEAD_LIMIT = 12;

/** The installed app: the service worker serves every shard from its own copy, no network. */
const installed = () => typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller;

/** How long a page opened with a query waits for its shards before it shows what it has. */
const OPENING_WAIT_MS = 5_000;

/**
 * For a page opened with a query (a shared link, a bookmark, a reload): the catalogue, then the
 * shards its words need, so that the page's first answer is complete, never every fiche for the
 * moment the shards take. A shard that cannot come is said by the page (`failed`) without being
 * asked again; one that does not come within OPENING_WAIT_MS is waited for by the page.
 */
export async function loadTextSearch(queryClient: QueryClient, query: string | undefined): Promise<void> {
  const catalogSearch = await queryClient.ensureQueryData(catalogQuery);
  const q = (query ?? '').trim();
  if (q === '' || catalogSearch.words(q).length === 0) return;
  const shards = fetchShards(queryClient, catalogSearch, catalogSearch.missingShards(q));
  await Promise.race([shards, new Promise((resolve) => setTimeout(resolve, OPENING_WAIT_MS))]);
}

/** Every shard of `files`, each settled: one that fails must not hide those that came. */
function fetchShards(queryClient: QueryClient, catalogSearch: CatalogSearch, files: number[]) {
  return Promise.allSettled(files.map((file) => queryClient.fetchQuery(textShardQuery(catalogSearch, file))));
}

export interface TextSearch {
  /** The answer on screen: null when there is no query (every fiche). */
  answer: SearchAnswer | null;
  /** The full-text index could not be loaded: the answer holds what titles (and shards loaded) found. */
  failed: boolean;
}

const NO_QUERY: TextSearch = { answer: null, failed: false };

/** One complete answer per query, the previous one kept while a shard it needs is fetched. */
export function useTextSearch(catalogSearch: CatalogSearch, query: string): TextSearch {
  const queryClient = useQueryClient();
  const q = query.trim();
  const meaningful = catalogSearch.words(q).length > 0;
  const missing = meaningful ? catalogSearch.missingShards(q) : [];
  // The query the page was opened with, until the student changes it: its shards were asked for
  // by the route's loader (loadTextSearch); one that failed there is not asked again at once (the
  // next word asks again).
  const [opening, setOpening] = useState<string | null>(q);
  if (opening !== null && opening !== q) setOpening(null);
  const failedOpening =
    opening === q &&
    missing.length > 0 &&
    missing.every(
      (file) => queryClient.getQueryState(textShardQuery(catalogSearch, file).queryKey)?.status === 'error',
    );
  const loading = useQuery({
    // By query: after a failure, the next word asks again (the shards that came are kept).
    queryKey: ['text-shards', catalogManifest.dataVersion, q, missing],
    // Every shard settled before the answer: one that fails must not hide those that came.
    queryFn: async () => {
      const failed = (await fetchShards(queryClient, catalogSearch, missing)).find(
        (l) => l.status === 'rejected',
      );
      if (failed) throw failed.reason;
      return missing;
    },
    enabled: missing.length > 0 && !failedOpening,
    retry: false,
    staleTime: Infinity,
    networkMode: 'always',
  });
  // Read whatever happens: TanStack Query re-renders on a change of the properties a render read,
  // and the arrival of the shards must re-render even though the answer reads the index, not them.
  const { status } = loading;
  const failed = failedOpening || (missing.length > 0 && status === 'error');
  const waiting = !failed && missing.length > 0 && status === 'pending';
  // Once the answer is complete, the installed app reads ahead the shards the next letter may
  // need, so that the keystroke that needs one does not wait for it (one shard came from the
  // service worker in 35–60 ms: a tenth of the letters waited). A first visit, whose shards
  // would come from the network, fetches only what its words need.
  useEffect(() => {
    if (waiting || !installed()) return;
    for (const file of catalogSearch.shardsAhead(q, AHEAD_LIMIT)) {
      void queryClient.prefetchQuery(textShardQuery(catalogSearch, file));
    }
  }, [catalogSearch, queryClient, q, waiting]);
  const ready = meaningful && (missing.length === 0 || failed);
  const loaded = catalogSearch.text.loadedCount;
  const answer = useMemo(
    () => (ready ? catalogSearch.search(q) : undefined),
    // `loaded`: the same query answers more once a shard it needed has arrived.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [catalogSearch, q, ready, loaded],
  );
  // The answer last shown, kept while a shard is on its way or the query means nothing yet.
  const [kept, setKept] = useState<TextSearch>(NO_QUERY);
  const current = q === '' ? NO_QUERY : answer !== undefined ? { answer, failed } : null;
  if (current && (current.answer !== kept.answer || current.failed !== kept.failed)) setKept(current);
  return current ?? kept;
}
