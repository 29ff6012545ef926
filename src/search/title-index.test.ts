// The hand-written title index against MiniSearch configured as the app configured it before:
// the same fiches must match every query; only the speed differs.
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../catalog/bundle';
import { hydrateCatalog, type Catalog } from '../catalog/catalog';
import { compileFiches } from '../catalog/compile';
import { CatalogIndexSchema } from '../catalog/index-schema';
import { CORPUS_DIR, hasCorpus, readFolder, SEEDS_DIR } from '../test-support/fiches';
import { queryTerms } from './analyzer';
import { closestFiches } from './close-titles';
import { createTitleIndex, searchIndex } from '../test-support/reference-title-index';
import { withinOneEdit } from './edit-distance';
import { TITLE_RANK } from './title-index';
import { buildTitleIndex } from './title-index-builder';

function load(dir: string): Catalog {
  const { records } = compileFiches(readFolder(dir));
  const bundle = buildBundle(records, () => 'x');
  return hydrateCatalog(CatalogIndexSchema.parse(JSON.parse(bundle.index.content)));
}

/** Queries as a student types them: every prefix of some titles' words, and typos of them. */
function queriesFrom(catalog: Catalog, every: number): string[] {
  const queries = new Set<string>(['', 'le', "l'", 'bac pro', 'BTS', 'oeuvre', 'électricien/ne']);
  catalog.entries.forEach((entry, i) => {
    if (i % every !== 0) return;
    const words = entry.title.split(/\s+/).slice(0, 3);
    let typed = '';
    for (const word of words) {
      for (let n = 1; n <= word.length; n++) queries.add(`${typed}${word.slice(0, n)}`);
      typed += `${word} `;
      // A typo in a long word: a letter dropped, one doubled, one replaced.
      if (word.length >= 6) {
        queries.add(`${typed}${word.slice(0, 2)}${word.slice(3)}`);
        queries.add(`${word.slice(0, 3)}${word[3]}${word.slice(3)}`);
        queries.add(`${word.slice(0, 4)}x${word.slice(5)}`);
      }
    }
  });
  return [...queries];
}

function expectSameMatches(catalog: Catalog, queries: string[]) {
  const mine = buildTitleIndex(catalog.entries);
  const reference = createTitleIndex(catalog.entries);
  for (const q of queries) {
    const expected = [...searchIndex(reference, q).keys()].sort((a, b) => a - b);
    const got = [...mine.search(q).keys()].sort((a, b) => a - b);
    expect(got, `« ${q} »`).toEqual(expected);
  }
}

describe('withinOneEdit', () => {
  it.each([
    ['electricien', 'electricien', true],
    ['electricen', 'electricien', true], // a letter missing
    ['electriciien', 'electricien', true], // one too many
    ['elextricien', 'electricien', true], // one replaced
    ['eletcricien', 'electricien', false], // swapped: two edits
    ['electric', 'electricien', false],
    ['', 'a', true],
    ['ab', 'ba', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

describe('the title index', () => {
  it('matches what MiniSearch matches on the seeds', () => {
    const catalog = load(SEEDS_DIR);
    expectSameMatches(catalog, queriesFrom(catalog, 1));
  });

  it.runIf(hasCorpus)('matches what MiniSearch matches on the corpus, for thousands of queries', () => {
    const catalog = load(CORPUS_DIR);
    const queries = queriesFrom(catalog, 7);
    expect(queries.length).toBeGreaterThan(1000);
    expectSameMatches(catalog, queries);
  });

  it.runIf(hasCorpus)('ranks title and appellation matches above type-only matches', () => {
    const catalog = load(CORPUS_DIR);
    const index = buildTitleIndex(catalog.entries);
    let secondary = 0;
    // Words found in titles and also in formation types (« bac pro », « BTS », « licence pro »…).
    for (const q of ['professionnel', 'licence', 'commerce', 'technicien', 'design']) {
      const words = queryTerms(q);
      const matches = [...index.search(q)].sort((a, b) => b[1] - a[1]);
      expect(matches.length, q).toBeGreaterThan(0);
      // A fiche is above TITLE_RANK exactly when its title or names hold every word (or a
      // word they start with, or one typo away).
      const primary = (i: number) => {
        const e = catalog.entries[i]!;
        const terms = queryTerms([e.title, ...e.names, e.sigle ?? ''].join(' '));
        return words.every((w) =>
          terms.some((t) => t.startsWith(w) || (w.length >= 5 && withinOneEdit(w, t))),
        );
      };
      for (const [i, score] of matches)
        expect(score >= TITLE_RANK, `${q}: ${catalog.entries[i]!.title}`).toBe(primary(i));
      secondary += matches.filter(([, s]) => s < TITLE_RANK).length;
      const firstSecondary = matches.findIndex(([, s]) => s < TITLE_RANK);
      if (firstSecondary >= 0)
        expect(matches.slice(firstSecondary).every(([, s]) => s < TITLE_RANK)).toBe(true);
    }
    // The words were chosen so that both kinds of match occur.
    expect(secondary).toBeGreaterThan(0);
  });
});

describe('the close titles of an address that leads nowhere', () => {
  it.runIf(hasCorpus)(
    'suggest the fiche of a cut or misspelt title, and nothing for words of no fiche',
    () => {
      const catalog = load(CORPUS_DIR);
      const index = buildTitleIndex(catalog.entries);
      const titles = (words: string) => closestFiches(index, words).map((i) => catalog.entries[i]!.title);
      // The words of a real title, misspelt or cut, find it first.
      expect(titles('veterinaire')[0]).toBe('vétérinaire');
      expect(titles('veterinnaire')[0]).toBe('vétérinaire');
      expect(titles('ingenieur electricien')[0]).toBe('ingénieur/e électricien/ne');
      expect(titles('bp boulanger')[0]).toBe('BP boulanger');
      // Addresses of no fiche: common words only, or none of a title's.
      for (const words of ['nulle part', 'mentions legales', 'a propos', 'contact', 'bts', 'mention'])
        expect(titles(words), words).toEqual([]);
    },
  );
});
