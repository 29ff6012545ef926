// The judged queries (judged/search-queries.json: 118 queries as students type them, written from
// the fiches before the engine was tuned) keep the engine from going back: recall@10 and hit@1
// at least as measured when it was built (BENCHMARKS.md), and above the engine it replaced.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, hasCorpus, ROOT } from '../test-support/fiches';
import { engineBefore } from '../test-support/reference-text-index';
import { ranked, searchable } from '../test-support/searchable';
import { scoreJudged, type JudgedQuery } from './judged-search';

const judged = (
  JSON.parse(readFileSync(join(ROOT, 'judged', 'search-queries.json'), 'utf8')) as { queries: JudgedQuery[] }
).queries;

describe.runIf(hasCorpus)('the judged queries on the corpus', () => {
  it('find what an expert expects in the first ten, and first, more often than before', () => {
    const { search, records } = searchable(CORPUS_DIR);
    const entries = search.catalog.entries;
    expect(judged.length).toBeGreaterThanOrEqual(50);
    const before = scoreJudged(judged, entries, engineBefore(search, records));
    const after = scoreJudged(judged, entries, (q) => ranked(search, q));
    const line = (s: typeof after) =>
      `recall@10 ${s.recallAt10.toFixed(3)} (${s.found}/${s.expected}), hit@1 ${s.hitAt1.toFixed(3)}`;
    console.info(`judged queries: before ${line(before)}; now ${line(after)}`);
    expect(after.recallAt10).toBeGreaterThanOrEqual(0.92);
    expect(after.hitAt1).toBeGreaterThanOrEqual(0.9);
    expect(after.recallAt10).toBeGreaterThan(before.recallAt10);
    expect(after.hitAt1).toBeGreaterThan(before.hitAt1);
  });
});
