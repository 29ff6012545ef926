// The route from 3e on real fiches of the corpus: an engineer, a métier with a BP, one reached by
// a bac pro, one that recommends no formation; « Si je m'arrête ici » and « Et après ? ».
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, hasCorpus, readFolder } from '../test-support/fiches';
import { buildBundle } from './bundle';
import { hydrateCatalog } from './catalog';
import { compileFiches } from './compile';
import { formationsAround } from './formations-around';
import { levelRoute, metierRoute, metiersAfterStep, type Route } from './route';
import type { Metier } from './schema';

describe.runIf(hasCorpus)('the route from 3e, on the corpus', () => {
  const records = hasCorpus ? compileFiches(readFolder(CORPUS_DIR)).records : [];
  const catalog = hasCorpus
    ? hydrateCatalog(JSON.parse(buildBundle(records, () => 'x').index.content))
    : null!;
  const metier = (id: string) => records.find((r) => r.kind === 'metier' && r.id === id) as Metier;
  /** Each step as « years: name (after) × formations ». */
  const lines = (route: Route) =>
    route.steps.map((options) =>
      options.map((o) => `${o.years}: ${o.name}${o.after ? ` (${o.after})` : ''} × ${o.formations.length}`),
    );

  it('an engineer: the bac, which the catalogue does not link, then the school, 8 years after 3e', () => {
    const route = metierRoute(metier('MET.75'), catalog); // ingénieur/e électricien/ne
    const [first, ...rest] = lines(route);
    expect(first).toEqual(['3: bac général ou technologique, ou bac professionnel × 0']);
    const school = route.steps.flat().find((o) => o.name === "diplôme d'ingénieur")!;
    expect(school.years).toBe(8);
    expect(school.after).toBe('5 ans après : bac général ou technologique');
    expect(school.note).toMatch(/3 ans après un bac \+ 2/);
    expect(school.formations.length).toBeGreaterThanOrEqual(10);
    expect(rest.flat()).toContain('8: master (2 ans après : licence, ou BUT) × 1');
    // The generic steps name the diplomas that open the way, with no formation of the fiche.
    expect(rest.flat()).toContain(
      '6: licence, ou BUT (3 ans après : bac général ou technologique, ou bac professionnel) × 0',
    );
  });

  it('a BP comes 2 years after a CAP: 4 years after 3e, not 3', () => {
    const route = metierRoute(metier('MET.120'), catalog); // ouvrier/ère paysagiste
    const all = lines(route).flat();
    expect(all).toContain('2: CAP × 1');
    expect(all).toContain('4: brevet professionnel (BP) (2 ans après : CAP) × 1');
    // A CS follows a CAP (level 3) or a bac pro (level 4), as its level says.
    expect(all).toContain('3: certificat de spécialisation (CS, ex-MC) (1 an après : CAP) × 1');
    expect(all).toContain('4: certificat de spécialisation (CS, ex-MC) (1 an après : bac professionnel) × 1');
  });

  it('after a bac pro, the BTS and the licence pro the fiche recommends follow it', () => {
    const route = metierRoute(metier('MET.135'), catalog); // vendeur/euse d'articles de sport
    const all = lines(route).flat();
    expect(all[0]).toBe('3: bac professionnel × 1');
    expect(all).toContain('5: BTS (2 ans après : bac professionnel) × 2');
    expect(all).toContain('6: licence professionnelle (1 an après : BTS) × 2');
    // « Si je m'arrête ici » after a step of formations of the catalogue: the métiers they lead to, not this one.
    const index = catalog.find('metier', 'MET.135')!.index;
    const step = route.steps.find((s) => s.some((o) => o.formations.some((f) => f.entry)))!;
    const after = metiersAfterStep(step, index, catalog);
    expect(after.length).toBeGreaterThan(0);
    expect(after.map((m) => m.index)).not.toContain(index);
    expect(after.every((m) => m.kind === 'metier')).toBe(true);
  });

  it('a métier that recommends no formation gets the usual route to its level', () => {
    const teacher = metier('MET.51'); // professeur/e de collège et de lycée, bac + 5
    expect(metierRoute(teacher, catalog)).toEqual({ steps: [], others: [] });
    expect(levelRoute(teacher.level!).map((s) => s.map((o) => `${o.years}: ${o.name}`))).toEqual([
      ['3: bac général ou technologique, ou bac professionnel'],
      ['6: licence, ou BUT'],
      ['8: master'],
    ]);
  });

  it('« Et après ? »: formations of a higher level leading to the same métiers, by level; « Avant », lower', () => {
    // The bac pro of the corpus that shares its métiers with the most other formations.
    const bacPro = catalog.ofKind.formation
      .filter((f) => f.type === 'baccalauréat professionnel')
      .map((f) => ({ f, n: formationsAround(f, catalog).after.length }))
      .sort((a, b) => b.n - a.n)[0]!.f;
    const { after, before } = formationsAround(bacPro, catalog);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((g) => g.level > bacPro.level!)).toBe(true);
    expect(after.map((g) => g.level)).toEqual([...after.map((g) => g.level)].sort());
    expect(after.flatMap((g) => g.formations).some((f) => f.title.startsWith('BTS'))).toBe(true);
    expect(before.every((g) => g.level < bacPro.level!)).toBe(true);
  });
});
