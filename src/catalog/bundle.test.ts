// The bundle's vocabularies: one value per slug, whatever the spellings met in the fiches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR, source } from '../test-support/fiches';
import { buildBundle } from './bundle';
import { compileFiches } from './compile';
import { CatalogIndexSchema } from './index-schema';

const METIER = readFileSync(join(SEEDS_DIR, '001_a136b483e6e6a171.txt'), 'utf8');

/** The seed métier under another id, with other centres d'intérêt. */
function metier(id: number, interests: string[]): string {
  return METIER.replace('**ID:** MET.895', `**ID:** MET.${id}`)
    .replace(/^# .*$/m, `# métier de test ${id} (synthétique)`)
    .replace(
      /## Centres d'intérêt\n\n(?:- .*\n)+/,
      `## Centres d'intérêt\n\n${interests.map((i) => `- ${i}\n`).join('')}`,
    );
}

describe('the vocabularies of the bundle', () => {
  it('merge spellings of one unknown centre d’intérêt into one value', () => {
    const { records, errors } = compileFiches([
      source('a.txt', metier(1, ["J'adore les Trucs"])),
      source('b.txt', metier(2, ["j'adore les trucs", 'j’aime bouger'])),
      source('c.txt', metier(3, ["J'ADORE LES TRUCS", "j'adore les trucs"])),
    ]);
    expect(errors).toBe(0);
    const index = CatalogIndexSchema.parse(JSON.parse(buildBundle(records, () => 'x').index.content));
    const truc = index.vocab.interests.filter((l) => /trucs/i.test(l));
    expect(truc).toHaveLength(1);
    const at = index.vocab.interests.indexOf(truc[0]!);
    // Every fiche has it once, under the same value.
    expect(index.interests.map((list) => list.filter((i) => i === at).length)).toEqual([1, 1, 1]);
    expect(index.vocab.interests).toContain("J'aime bouger");
  });
});
