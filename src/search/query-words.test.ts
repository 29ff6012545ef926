import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../catalog/catalog';
import { STUDENT_WORDS } from '../catalog/student-words';
import { queryTerms } from './analyzer';
import { diplomaSigles, queryWords, textWords } from './query-words';

const entry = (type: string) => ({ type }) as CatalogEntry;

describe('the words of a query', () => {
  const diplomas = diplomaSigles(
    [
      'brevet de technicien supérieur (BTS)',
      'bachelor universitaire de technologie (BUT)',
      'CAP agricole (CAPa)',
      'certificat de spécialisation (ex MC) (CS (ex MC))',
      "diplôme d'école de commerce visé (bac + 3)",
      'licence pro',
    ].map(entry),
  );

  it('reads the diplomas from the types, by their capitals between brackets', () => {
    expect([...diplomas].sort()).toEqual(['bts', 'but', 'capa', 'cs', 'mc']);
  });

  it('drops what does not search: stop words and single letters', () => {
    expect(queryWords('a', diplomas)).toEqual([]);
    expect(queryWords("de la l'", diplomas)).toEqual([]);
    expect(queryWords('e sport', diplomas).map((w) => w.term)).toEqual(['sport']);
    expect(queryWords('3 d', diplomas).map((w) => w.term)).toEqual(['3']);
  });

  it('tells a diploma from the ordinary word', () => {
    expect(queryWords('BUT info', diplomas).map((w) => [w.term, w.diploma])).toEqual([
      ['but', true],
      ['info', false],
    ]);
  });

  it('expands the words students use into the fiches’ words', () => {
    const [veto] = queryWords('véto', diplomas);
    expect(veto!.means).toContainEqual(['veterinaire']);
    const [kine] = queryWords('kiné', diplomas);
    expect(kine!.means.flat().some((t) => t.startsWith('kinesitherapeute'))).toBe(true);
    expect(textWords(queryWords('prof', diplomas))).toContain('professeur');
  });

  it('has a table whose every row is one word students type, meaning words of the fiches', () => {
    const seen = new Set<string>();
    for (const { typed, means } of STUDENT_WORDS) {
      expect(means.length, typed.join()).toBeGreaterThan(0);
      for (const form of typed) {
        const terms = queryTerms(form);
        expect(terms, form).toHaveLength(1);
        expect(seen.has(terms[0]!), `${form} in two rows`).toBe(false);
        seen.add(terms[0]!);
      }
      for (const phrase of means) expect(queryTerms(phrase).length, phrase).toBeGreaterThan(0);
    }
  });
});
