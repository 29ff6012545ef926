// « Métiers proches » judged: the neighbours an expert expects (judged/similar-metiers.json, 85
// métiers of the corpus and 221 neighbours, written before the code) against those the build
// finds; and the rules every fiche's neighbours follow.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFiches } from '../catalog/compile';
import type { Fiche } from '../catalog/schema';
import { CORPUS_DIR, hasCorpus, readFolder, ROOT, SEEDS_DIR } from '../test-support/fiches';
import { MAX_SIMILAR, MIN_SIMILAR, WEIGHTS, withSimilar } from './similar';

interface Judged {
  metier: string;
  expected: { id: string; title: string }[];
}

const judged = (
  JSON.parse(readFileSync(join(ROOT, 'judged', 'similar-metiers.json'), 'utf8')) as { pairs: Judged[] }
).pairs;

/** How many of the expected neighbours the fiches show. */
function found(records: Fiche[]): number {
  const shown = new Map(records.map((r) => [`${r.kind}/${r.id}`, new Set(r.similar.map((s) => s.id))]));
  return judged.reduce(
    (n, p) => n + p.expected.filter((e) => shown.get(`metier/${p.metier}`)!.has(e.id)).length,
    0,
  );
}

function withWeights(records: Fiche[], weights: typeof WEIGHTS): Fiche[] {
  const chosen = { ...WEIGHTS };
  Object.assign(WEIGHTS, weights);
  try {
    return withSimilar(records);
  } finally {
    Object.assign(WEIGHTS, chosen);
  }
}

describe.runIf(hasCorpus)('métiers proches on the corpus', () => {
  const records = hasCorpus ? compileFiches(readFolder(CORPUS_DIR)).records : [];
  const withNeighbours = hasCorpus ? withSimilar(records) : [];
  const expected = judged.reduce((n, p) => n + p.expected.length, 0);

  it('finds at least 85 % of the neighbours an expert expects, more than any one kind of evidence alone', () => {
    const combined = found(withNeighbours);
    const alone = {
      text: found(withWeights(records, { text: 1, links: 0, interests: 0 })),
      links: found(withWeights(records, { text: 0, links: 1, interests: 0 })),
      interests: found(withWeights(records, { text: 0, links: 0, interests: 1 })),
    };
    console.log(`judged neighbours found: ${combined}/${expected}; alone: ${JSON.stringify(alone)}`);
    expect(expected).toBeGreaterThanOrEqual(200);
    expect(combined / expected).toBeGreaterThanOrEqual(0.85);
    for (const n of Object.values(alone)) expect(combined).toBeGreaterThan(n);
  });

  it('gives every métier 3 to 8 neighbours, nearly every formation too; of their own kind, never themselves, each with a reason', () => {
    const kindOf = new Map(withNeighbours.map((r) => [r.id, r.kind]));
    const few = withNeighbours.filter((r) => r.similar.length < MIN_SIMILAR);
    // A formation whose words no other fiche uses and that links to no métier has none to show (its page says so).
    console.log(
      `fiches with fewer than ${MIN_SIMILAR} neighbours: ${few.map((r) => `${r.id} (${r.similar.length})`).join(', ')}`,
    );
    expect(few.filter((r) => r.kind === 'metier')).toEqual([]);
    expect(few.length).toBeLessThanOrEqual(withNeighbours.length / 100);
    for (const r of withNeighbours) {
      expect(r.similar.length, r.id).toBeLessThanOrEqual(MAX_SIMILAR);
      for (const s of r.similar) {
        expect(s.id).not.toBe(r.id);
        expect(kindOf.get(s.id)).toBe(r.kind);
        expect(s.reasons.length).toBeGreaterThan(0);
      }
      expect(new Set(r.similar.map((s) => s.id)).size).toBe(r.similar.length);
    }
  });

  it('says « mêmes formations » only of métiers that share one', () => {
    const linked = (r: Fiche) => new Set(r.related.flatMap((x) => (x.id ? [x.id] : [])));
    const byId = new Map(withNeighbours.filter((r) => r.kind === 'metier').map((r) => [r.id, r]));
    const formationsOf = new Map([...byId.values()].map((m) => [m.id, linked(m)]));
    // A formation's « Métiers associés » link it to métiers too.
    for (const f of withNeighbours) {
      if (f.kind !== 'formation') continue;
      for (const m of f.related) if (m.id && formationsOf.has(m.id)) formationsOf.get(m.id)!.add(f.id);
    }
    for (const m of byId.values()) {
      for (const s of m.similar) {
        const shared = [...formationsOf.get(m.id)!].some((f) => formationsOf.get(s.id)!.has(f));
        expect(s.reasons.includes('liens'), `${m.id} → ${s.id}`).toBe(shared);
      }
    }
  });
});

it('the seeds, three fiches, get what little they can: no fiche is its own neighbour', () => {
  for (const r of withSimilar(compileFiches(readFolder(SEEDS_DIR)).records)) {
    expect(r.similar.map((s) => s.id)).not.toContain(r.id);
  }
});
