// The judged queries (judged/search-queries.json: queries as students type them, each with the
// fiches an expert expects among the first ten) scored against a ranking: recall@10 and hit@1.
// Métiers and formations are ranked apart, as the app lists them (each list, and the header
// search's two columns): an expected métier counts when it is among the first ten métiers.
import type { CatalogEntry } from '../catalog/catalog';
import { fold } from '../catalog/text';

export interface JudgedQuery {
  query: string;
  expected: { kind: 'metier' | 'formation'; title: string }[];
  /** Titles acceptable as the very first result (expected ones when absent). */
  first?: string[];
}

export interface JudgedScore {
  queries: number;
  expected: number;
  /** Expected fiches found among the first ten, over all queries. */
  found: number;
  /** Mean over queries of the share of their expected fiches in the first ten. */
  recallAt10: number;
  /** Share of queries whose first result is one an expert accepts first. */
  hitAt1: number;
  /** The queries that missed something, for reading. */
  misses: { query: string; missing: string[]; first: string | null }[];
}

const key = (kind: string, title: string) => `${kind}/${fold(title)}`;

export function scoreJudged(
  judged: readonly JudgedQuery[],
  entries: readonly CatalogEntry[],
  rank: (query: string) => number[],
): JudgedScore {
  let found = 0;
  let expected = 0;
  let recall = 0;
  let hits = 0;
  const misses: JudgedScore['misses'] = [];
  for (const q of judged) {
    const all = rank(q.query);
    const byKind = (kind: string) => all.filter((i) => entries[i]!.kind === kind).slice(0, 10);
    const top = [...byKind('metier'), ...byKind('formation')];
    const shown = new Set(top.map((i) => key(entries[i]!.kind, entries[i]!.title)));
    const missing = q.expected.filter((e) => !shown.has(key(e.kind, e.title))).map((e) => e.title);
    const got = q.expected.length - missing.length;
    found += got;
    expected += q.expected.length;
    recall += got / q.expected.length;
    // The first of the list of the kind the expert expects first.
    const firstTitles = new Set((q.first ?? q.expected.map((e) => e.title)).map(fold));
    const firstKind = q.expected.find((e) => firstTitles.has(fold(e.title)))!.kind;
    const head = byKind(firstKind)[0];
    const first = head === undefined ? null : entries[head]!.title;
    const hit = first !== null && firstTitles.has(fold(first));
    if (hit) hits++;
    if (missing.length > 0 || !hit) misses.push({ query: q.query, missing, first });
  }
  return {
    queries: judged.length,
    expected,
    found,
    recallAt10: recall / judged.length,
    hitAt1: hits / judged.length,
    misses,
  };
}
