// The search engine on real fiches: the same fiches as MiniSearch where the rules are the same,
// and what students type (other forms, abbreviations, sigles, several words being typed).
import { describe, expect, it } from 'vitest';
import { queryTerms } from './analyzer';
import { FicheSearch } from './fiche-search';
import { CORPUS_DIR, hasCorpus, SEEDS_DIR } from '../test-support/fiches';
import { referenceMatches } from '../test-support/reference-text-index';
import { ranked, searchable } from '../test-support/searchable';
import { TITLE_RANK } from './title-index';

describe('the search engine on the seeds', () => {
  const { search } = searchable(SEEDS_DIR);
  const titles = (q: string) => ranked(search, q).map((i) => search.catalog.entries[i]!.title);

  it('answers nothing for a query too short to mean anything, so that the app keeps its answer', () => {
    for (const q of ['', ' ', 'a', 'l', 'de', "l'", 'de la']) expect(search.search(q), q).toBeNull();
  });

  it('finds a fiche by its text, and says where', () => {
    const answer = search.search('compteurs')!;
    const [first] = [...answer.matches.keys()];
    expect(search.catalog.entries[first!]!.title).toBe("technicien/ne d'intervention clientèle gaz");
    expect(answer.matches.get(first!)).toBeLessThan(TITLE_RANK);
    // It is in « En bref » and « Nature du travail »: the section that describes the job first.
    expect(answer.foundIn.get(first!)).toBe('En bref');
  });

  it('matches every word as a prefix while typing, and forgives a typo in long words', () => {
    expect(titles('tech interv')[0]).toBe("technicien/ne d'intervention clientèle gaz");
    expect(titles('techniciennes gaz')[0]).toBe("technicien/ne d'intervention clientèle gaz");
    expect(titles('microtechnque')[0]).toBe('bac pro microtechniques');
  });
});

describe.runIf(hasCorpus)('the search engine on the corpus', () => {
  const { search, records } = hasCorpus ? searchable(CORPUS_DIR) : { search: null!, records: [] };
  const entries = hasCorpus ? search.catalog.entries : [];
  const first = (q: string, kind?: 'metier' | 'formation') =>
    ranked(search, q)
      .map((i) => entries[i]!)
      .filter((e) => !kind || e.kind === kind)
      .map((e) => e.title);

  it('matches the fiches MiniSearch matches when the rules are the same (prefixes, no typo, no other form)', () => {
    const reference = referenceMatches(entries, records);
    const plain = new FicheSearch(entries, search.titles, search.text, {
      prefix: true,
      fuzzy: false,
      stems: false,
    });
    // Queries as typed: prefixes (4 letters or more, as the shards' keys) of the words of titles
    // and of the text, one to three words.
    const words = [...new Set(records.flatMap((r) => queryTerms(`${r.title} ${r.summary}`)))].filter(
      (w) => w.length >= 4,
    );
    const queries: string[] = [];
    for (let i = 0; i < words.length; i += 3) {
      const w = words[i]!;
      queries.push(w.slice(0, 4), w, `${w} ${words[(i * 7) % words.length]!.slice(0, 5)}`);
      if (i % 9 === 0)
        queries.push(`${w} ${words[(i * 13) % words.length]!} ${words[(i * 5) % words.length]!.slice(0, 4)}`);
    }
    expect(queries.length).toBeGreaterThan(3000);
    let compared = 0;
    for (const q of queries) {
      const words = queryTerms(q).map((term) => ({ term, means: [], diploma: false }));
      const got = [...plain.search(words).matches.keys()].sort((a, b) => a - b);
      const expected = [...reference(q)].sort((a, b) => a - b);
      expect(got, `« ${q} »`).toEqual(expected);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('finds other forms of a word: plural, feminine', () => {
    expect(first('cheval', 'metier').slice(0, 3)).toContain('entraîneur/euse de chevaux');
    expect(first('vendeuse', 'metier')[0]).toMatch(/^vendeur\/euse/);
  });

  it('puts the exact title first, then the titles that start with the words', () => {
    expect(first('vétérinaire')[0]).toBe('vétérinaire');
    expect(
      first('veterinaire', 'formation')
        .slice(0, 2)
        .every((t) => /vétérinaire/.test(t)),
    ).toBe(true);
    expect(first('prof de sport')[0]).toBe('professeur/e de sport');
  });

  it('understands the words students use', () => {
    expect(first('véto')[0]).toBe('vétérinaire');
    expect(first('dev web', 'metier')).toContain('développeur/euse informatique');
    expect(first('chauffeur routier', 'formation').slice(0, 2)).toContain(
      'bac pro conducteur routier de marchandises',
    );
  });

  it('reads a diploma sigle as the diploma, not the word', () => {
    const but = ranked(search, 'but').map((i) => entries[i]!);
    expect(but.length).toBeGreaterThan(10);
    // Its formations, and the métiers that recommend one: never a fiche for the word « but ».
    for (const e of but) {
      if (e.kind === 'formation') expect(e.type, e.title).toMatch(/\(BUT\)/);
    }
    expect(search.search('bts informatique')!.namesDiploma).toBe(true);
    const bts = first('bts informatique', 'formation');
    expect(bts.slice(0, 2).every((t) => t.startsWith('BTS'))).toBe(true);
  });
});
