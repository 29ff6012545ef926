// The query engine against a brute-force reading of the same data.
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, hasCorpus, readFolder, SEEDS_DIR } from '../test-support/fiches';
import { buildBundle } from '../catalog/bundle';
import { hydrateCatalog, type CatalogEntry } from '../catalog/catalog';
import { compileFiches } from '../catalog/compile';
import { facetsOf, type FacetKey, type Kind } from '../catalog/kinds';
import { CatalogIndexSchema } from '../catalog/index-schema';
import { CatalogSearch } from './catalog-search';
import type { Filters } from './explorer';

function load(dir: string) {
  const { records } = compileFiches(readFolder(dir));
  const bundle = buildBundle(records, () => 'x');
  return new CatalogSearch(hydrateCatalog(CatalogIndexSchema.parse(JSON.parse(bundle.index.content))));
}

/** The facet values of an entry, written again from the data's meaning rather than the engine. */
function valuesOf(search: CatalogSearch, entry: CatalogEntry, key: FacetKey): string[] {
  const c = search.catalog;
  switch (key) {
    case 'interets':
      return entry.interests.map((i) => c.interests.slugOf.get(i)!);
    case 'statut':
      return entry.statuses.map((s) => c.statuses.slugOf.get(s)!);
    case 'type':
      return entry.type ? [c.types.slugOf.get(entry.type)!] : [];
    case 'duree':
      return entry.durationYears === null ? [] : [String(entry.durationYears)];
    case 'salaire': {
      // The bands of SALARY_BANDS, written out: the lowest amount the fiche states.
      const s = entry.salary;
      if (s === null) return ['non-precise'];
      return [
        s < 1900
          ? 'moins-1900'
          : s < 2200
            ? '1900-2199'
            : s < 2500
              ? '2200-2499'
              : s < 3000
                ? '2500-2999'
                : '3000-plus',
      ];
    }
    case 'niveau':
      return [
        entry.level !== null
          ? String(entry.level)
          : entry.kind === 'metier' && entry.durationYears === 0
            ? '0'
            : 'autre',
      ];
  }
}

function bruteForce(search: CatalogSearch, kind: Kind, filters: Filters, except?: FacetKey) {
  const entries = search.catalog.ofKind[kind];
  return entries.filter((e) =>
    facetsOf(kind).every(({ key }) => {
      const selected = filters[key] ?? [];
      return (
        key === except || selected.length === 0 || valuesOf(search, e, key).some((v) => selected.includes(v))
      );
    }),
  );
}

function expectCountsMatchData(search: CatalogSearch, kind: Kind, filters: Filters) {
  const explorer = search.explorers[kind];
  const result = explorer.run({ filters, sort: 'alpha' }, null);
  expect(result.results.map((e) => e.id).sort()).toEqual(
    bruteForce(search, kind, filters)
      .map((e) => e.id)
      .sort(),
  );
  for (const facet of explorer.facets) {
    const scope = bruteForce(search, kind, filters, facet.key);
    for (const option of facet.values) {
      const expected = scope.filter((e) => valuesOf(search, e, facet.key).includes(option.value)).length;
      expect(result.counts.get(facet.key)!.get(option.value), `${facet.key}=${option.value}`).toBe(expected);
    }
  }
}

describe('the explorer on the seeds', () => {
  const search = load(SEEDS_DIR);

  it('counts each facet value', () => {
    const metier = search.explorers.metier.run({ filters: {}, sort: 'pertinence' }, null);
    expect(Object.fromEntries(metier.counts.get('interets')!)).toEqual({
      'j-aime-bouger': 1,
      'reparer-bricoler-j-adore-ca': 1,
    });
    expect(Object.fromEntries(metier.counts.get('niveau')!)).toEqual({ '4': 1 });
    expect(Object.fromEntries(metier.counts.get('duree')!)).toEqual({ '3': 1 });
    expect(Object.fromEntries(metier.counts.get('statut')!)).toEqual({ salarie: 1 });
    const formation = search.explorers.formation.run({ filters: {}, sort: 'pertinence' }, null);
    expect(Object.fromEntries(formation.counts.get('type')!)).toEqual({ 'baccalaureat-professionnel': 2 });
    // Only the gas bac pro leads to a métier of the catalogue, whose interests it takes.
    expect(Object.fromEntries(formation.counts.get('interets')!)).toEqual({
      'j-aime-bouger': 1,
      'reparer-bricoler-j-adore-ca': 1,
    });
  });

  it('finds métiers by accent-free, inclusive, prefix and misspelt words', () => {
    const titles = (q: string) =>
      [...(search.search(q)?.matches.keys() ?? [])].map((i) => search.catalog.entries[i]!.id);
    expect(titles('technicienne')).toContain('MET.895');
    expect(titles('technicien')).toContain('MET.895');
    expect(titles('clientele')).toContain('MET.895');
    expect(titles('interv')).toContain('MET.895');
    expect(titles('techniciem')).toContain('MET.895');
    expect(titles('microtechnique')).toEqual(['bac-pro-microtechniques']);
    expect(titles('xyzzy')).toEqual([]);
  });
});

describe.runIf(hasCorpus)('the explorer on the corpus', () => {
  const search = load(CORPUS_DIR);

  it.each<[Kind, Filters]>([
    ['metier', {}],
    ['metier', { interets: ['j-aime-bouger'] }],
    ['metier', { interets: ['j-aime-bouger', 'j-aime-la-nature'], niveau: ['3', '4'] }],
    ['metier', { niveau: ['7'], statut: ['fonctionnaire', 'liberal'], duree: ['8'] }],
    ['metier', { salaire: ['2500-2999', '3000-plus'] }],
    ['metier', { salaire: ['non-precise', 'moins-1900'], niveau: ['4', '5'], interets: ['j-aime-bouger'] }],
    ['formation', {}],
    ['formation', { type: ['brevet-de-technicien-superieur-bts', 'cap-cap'], niveau: ['5'] }],
    ['formation', { interets: ['ma-vocation-est-de-soigner'], duree: ['2', '3'] }],
  ])('counts %s facets disjunctively for %j exactly as the data says', (kind, filters) => {
    expectCountsMatchData(search, kind, filters);
  });

  it('ranks métiers that share more of the chosen interests first', () => {
    const chosen = ['j-aime-bouger', 'j-aime-la-nature', 'j-aimerais-travailler-dehors'];
    const { results } = search.explorers.metier.run(
      { filters: { interets: chosen }, sort: 'pertinence' },
      null,
    );
    const shared = results.map(
      (e) => valuesOf(search, e, 'interets').filter((v) => chosen.includes(v)).length,
    );
    expect(shared[0]).toBe(3);
    expect(shared).toEqual([...shared].sort((a, b) => b - a));
  });

  it('ranks title matches above the rest and sorts by salary with unknown salaries last', () => {
    const matches = search.search('électricien')!.matches;
    const { results } = search.explorers.metier.run({ filters: {}, sort: 'pertinence' }, matches);
    expect([results[0]!.title, ...results[0]!.names].join(' · ')).toMatch(/électricien/);
    const bySalary = search.explorers.metier
      .run({ filters: {}, sort: 'salaire' }, null)
      .results.map((e) => e.salary);
    const known = bySalary.filter((s) => s !== null);
    expect(known).toEqual([...known].sort((a, b) => b! - a!));
    expect(bySalary.slice(known.length).every((s) => s === null)).toBe(true);
  });

  it('sorts by salary with a query: the title matches first, each group by salary', () => {
    const matches = search.search('ingénieur')!.matches;
    // A fiche that only mentions the word in its text, with the highest salary of all.
    const richest = search.catalog.ofKind.metier
      .filter((e) => !matches.has(e.index) && e.salary !== null)
      .sort((a, b) => b.salary! - a.salary!)[0]!;
    const withBody = new Map([...matches, [richest.index, 1]]);
    const { results } = search.explorers.metier.run({ filters: {}, sort: 'salaire' }, withBody);
    const strong = results.filter((e) => /ing[ée]nieur/i.test([e.title, ...e.names].join(' ')));
    expect(strong.length).toBeGreaterThan(3);
    expect(results.slice(0, strong.length)).toEqual(strong);
    expect(results.at(-1)).toBe(richest);
    const salaries = strong.map((e) => e.salary).filter((s) => s !== null);
    expect(salaries).toEqual([...salaries].sort((a, b) => b! - a!));
  });

  it('sorts by level and by duration, unknown values last and ties in alphabetical order', () => {
    const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
    for (const kind of ['metier', 'formation'] as const) {
      for (const [sort, key] of [
        ['niveau', (e: CatalogEntry) => e.level],
        ['duree', (e: CatalogEntry) => e.durationYears],
      ] as const) {
        const { results } = search.explorers[kind].run({ filters: {}, sort }, null);
        const rank = (e: CatalogEntry) => key(e) ?? Infinity;
        for (let i = 1; i < results.length; i++) {
          const [a, b] = [results[i - 1]!, results[i]!];
          expect(rank(a) <= rank(b), `${sort}: ${a.title} before ${b.title}`).toBe(true);
          if (rank(a) === rank(b)) expect(collator.compare(a.title, b.title)).toBeLessThanOrEqual(0);
        }
      }
    }
  });
});

describe.runIf(hasCorpus)('the starting salary filter on the corpus', () => {
  const search = load(CORPUS_DIR);

  it('puts every métier in one band, and « Non précisé » holds those that state no amount', () => {
    const explorer = search.explorers.metier;
    const counts = explorer.run({ filters: {}, sort: 'alpha' }, null).counts.get('salaire')!;
    const metiers = search.catalog.ofKind.metier;
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(metiers.length);
    expect(counts.get('non-precise')).toBe(metiers.filter((e) => e.salary === null).length);
    // Every band holds some métiers: none is empty on the data they were chosen from.
    expect(explorer.facet('salaire')!.values.map((v) => v.label.replace(/\u202f/g, ' '))).toEqual([
      'Moins de 1 900 €',
      '1 900 à 2 199 €',
      '2 200 à 2 499 €',
      '2 500 à 2 999 €',
      '3 000 € et plus',
      'Non précisé',
    ]);
  });
});

describe.runIf(hasCorpus)('hidden fiches (« Pas pour moi ») on the corpus', () => {
  const search = load(CORPUS_DIR);

  it('leave the results and every count, and are listed apart when they would match', () => {
    const explorer = search.explorers.metier;
    const filters: Filters = { interets: ['j-aime-bouger'] };
    const before = explorer.run({ filters, sort: 'pertinence' }, null);
    const hiddenEntries = [before.results[0]!, before.results[5]!, search.catalog.ofKind.formation[0]!];
    const outside = search.catalog.ofKind.metier.find((e) => !before.results.includes(e))!;
    const hidden = new Set([...hiddenEntries, outside].map((e) => e.index));
    const after = explorer.run({ filters, sort: 'pertinence' }, null, hidden);
    expect(after.results).toEqual(before.results.filter((e) => !hidden.has(e.index)));
    // Only the métiers that match are said to be hidden here.
    expect(new Set(after.hidden)).toEqual(new Set(hiddenEntries.slice(0, 2)));
    // Counts as if the hidden fiches were not in the catalogue.
    for (const facet of explorer.facets)
      for (const { value } of facet.values) {
        const expected = bruteForce(search, 'metier', filters, facet.key).filter(
          (e) => !hidden.has(e.index) && valuesOf(search, e, facet.key).includes(value),
        ).length;
        expect(after.counts.get(facet.key)!.get(value), `${facet.key}=${value}`).toBe(expected);
      }
    expect(explorer.countWithout({ filters, sort: 'alpha' }, null, 'interets', 'j-aime-bouger', hidden)).toBe(
      search.catalog.ofKind.metier.length - 3,
    );
  });
});

describe.runIf(hasCorpus)('why a card is there: the chosen filters it does not show by itself', () => {
  const search = load(CORPUS_DIR);
  const explorer = search.explorers.metier;

  it('says the statuses a result meets among those chosen, and nothing for facts the card shows', () => {
    expect(
      explorer.metFilters({ niveau: ['4'], salaire: ['non-precise'], interets: ['j-aime-bouger'] }),
    ).toBe(null);
    const values = explorer.facet('statut')!.values;
    const [a, b] = [values[0]!, values[1]!];
    const filters: Filters = { statut: [a.value, b.value], niveau: ['5'] };
    const met = explorer.metFilters(filters)!;
    const { results } = explorer.run({ filters, sort: 'alpha' }, null);
    expect(results.length).toBeGreaterThan(0);
    for (const e of results) {
      const labels = [a.label, b.label].filter((l) => e.statuses.includes(l));
      expect(met(e), e.title).toEqual([`Statut : ${labels.join(', ')}`]);
    }
  });
});
