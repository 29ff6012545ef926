// The hand-written checks of the index and of the summaries accept exactly what the public
// schemas accept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, hasCorpus, readFolder, SEEDS_DIR } from '../test-support/fiches';
import { buildBundle } from './bundle';
import { compileFiches } from './compile';
import { CatalogIndexCheck, SummariesCheck } from './index-check';
import { CatalogIndexSchema } from './index-schema';
import { SummariesSchema } from './schema';

function indexOf(dir: string): Record<string, unknown> {
  const { records } = compileFiches(readFolder(dir));
  return JSON.parse(buildBundle(records, () => 'x').index.content) as Record<string, unknown>;
}

const agree = (json: unknown) => {
  const schema = CatalogIndexSchema.safeParse(json).success;
  expect(CatalogIndexCheck.safeParse(json).success, JSON.stringify(json).slice(0, 300)).toBe(schema);
  return schema;
};

/** Any JSON value, the odd ones (wrong types, out-of-range numbers, nulls) well represented. */
const anyValue = fc.oneof(
  fc.constantFrom(null, true, '', 'x', 0, -1, 2.5, 3, 8, 9, 1e20, [], [0], [-1], ['x'], [null], {}),
  fc.jsonValue({ maxDepth: 2 }),
);

describe('the check of the index', () => {
  it('accepts the index of the seeds, as the schema does', () => {
    expect(agree(indexOf(SEEDS_DIR))).toBe(true);
  });

  it.runIf(hasCorpus)('accepts the index of the corpus, and rejects what the schema rejects', () => {
    const index = indexOf(CORPUS_DIR);
    expect(agree(index)).toBe(true);
    const keys = Object.keys(index);
    let rejected = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.nat(2000),
        fc.constantFrom('item', 'column', 'nested', 'drop', 'vocab'),
        anyValue,
        (key, at, where, value) => {
          const copy = structuredClone(index);
          const column = copy[key];
          if (where === 'drop') delete copy[key];
          else if (where === 'column') copy[key] = value;
          else if (where === 'vocab') {
            const vocab = copy.vocab as Record<string, unknown[]>;
            const list = vocab[['interests', 'statuses', 'types'][at % 3]!]!;
            if (list.length > 0) list[at % list.length] = value;
            else list.push(value);
          } else if (Array.isArray(column) && column.length > 0) {
            const i = at % column.length;
            if (where === 'nested' && Array.isArray(column[i]) && (column[i] as unknown[]).length > 0)
              (column[i] as unknown[])[0] = value;
            else column[i] = value;
          } else copy[key] = value;
          if (!agree(copy)) rejected++;
        },
      ),
      { numRuns: 600, seed: 42 },
    );
    // The mutations did exercise rejections, not only harmless changes.
    expect(rejected).toBeGreaterThan(300);
  });
});

describe('the check of the summaries', () => {
  it('accepts what the schema accepts, and only that', () => {
    const { records } = compileFiches(readFolder(SEEDS_DIR));
    const summaries = JSON.parse(buildBundle(records, () => 'x').summaries.content) as unknown;
    expect(SummariesCheck.safeParse(summaries).success).toBe(true);
    fc.assert(
      fc.property(
        fc.oneof(
          anyValue,
          fc.record({ version: anyValue, summary: anyValue }),
          fc.record({ version: fc.constant(1), summary: fc.array(anyValue, { maxLength: 4 }) }),
        ),
        (json) => {
          expect(SummariesCheck.safeParse(json).success, JSON.stringify(json)).toBe(
            SummariesSchema.safeParse(json).success,
          );
        },
      ),
      { numRuns: 500, seed: 42 },
    );
  });
});
