// The table of the school system (school-system.ts) against facts written out again here, and
// against the catalogue's own formations.
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, hasCorpus, readFolder } from '../test-support/fiches';
import { compileFiches } from './compile';
import { stageRoute } from './route';
import { OUTSIDE_ROUTE, STAGES, stageOfTitle, stageOfType, type StageKey } from './school-system';
import { fold } from './text';

// Years after 3e at the end of each diploma on its usual route (Éducation nationale, Onisep).
const YEARS_AFTER_3E: Record<StageKey, number> = {
  cap: 2,
  'bac-pro': 3,
  'bac-gt': 3,
  bp: 4,
  bma: 4,
  btm: 4,
  cs: 3,
  fcil: 4,
  bts: 5,
  deust: 5,
  cpge: 5,
  but: 6,
  licence: 6,
  'licence-pro': 6,
  'dn-made': 6,
  master: 8,
  ingenieur: 8,
  'mastere-specialise': 9,
  doctorat: 11,
};

describe('the school system', () => {
  it.each(STAGES.map((s) => [s.key, s] as const))('%s ends as many years after 3e as it takes', (key) => {
    const steps = stageRoute(key);
    expect(steps.at(-1)![0]!.years).toBe(YEARS_AFTER_3E[key]);
    // The route starts straight after 3e and each later step says what it follows.
    expect(steps[0]!.every((o) => o.after === undefined)).toBe(true);
    for (const step of steps.slice(1)) for (const o of step) expect(o.after).toMatch(/après/);
  });

  it('needs a diploma first where the system does: a BP after a CAP, a master after a licence', () => {
    expect(stageRoute('bp').map((step) => step.map((o) => o.name))).toEqual([
      ['CAP'],
      ['brevet professionnel (BP)'],
    ]);
    expect(
      stageRoute('master')
        .flat()
        .map((o) => o.name),
    ).toEqual(['bac général ou technologique, ou bac professionnel', 'licence, ou BUT', 'master']);
  });

  it('reads diplomas from the titles of formations the catalogue does not hold', () => {
    const cases: [string, StageKey | undefined][] = [
      ['BP boulanger', 'bp'],
      ['BPA travaux de la production horticole', undefined],
      ['BPJEPS spécialité éducateur sportif', undefined],
      ['bac pro métiers de l’électricité', 'bac-pro'],
      ['BTSA aménagements paysagers', 'bts'],
      ['licence pro métiers de l’électricité', 'licence-pro'],
      ['licence mention droit', 'licence'],
      ["diplôme d'ingénieur de l'INSA Lyon", 'ingenieur'],
      ['CS arboriste élagueur', 'cs'],
      ['CAPa jardinier paysagiste', 'cap'],
    ];
    for (const [title, key] of cases) expect(stageOfTitle(title)?.key, title).toBe(key);
  });
});

describe.runIf(hasCorpus)('the table on the catalogue’s formations', () => {
  const records = hasCorpus ? compileFiches(readFolder(CORPUS_DIR)).records : [];
  const formations = records.flatMap((r) => (r.kind === 'formation' ? [r] : []));

  it('gives each formation of a known diploma the level its fiche states', () => {
    const mismatched = formations.flatMap((f) => {
      const s = stageOfType(f.type);
      return s && s.level !== null && f.level !== null && f.level !== s.level
        ? [`${f.title}: ${f.level} ≠ ${s.level}`]
        : [];
    });
    expect(mismatched).toEqual([]);
  });

  it('places most formations by their diploma, the others by their level', () => {
    const byStage = formations.filter((f) => stageOfType(f.type)).length;
    const outside = formations.filter((f) => OUTSIDE_ROUTE.test(fold(f.type))).length;
    // 807 formations: about 60 % are diplomas of the table; « formation d'école spécialisée » (148) is the largest rest.
    expect(byStage / formations.length).toBeGreaterThan(0.55);
    expect(outside).toBeGreaterThan(0);
  });
});
