import { describe, expect, it } from 'vitest';
import {
  addFavorite,
  decodeIds,
  encodeIds,
  mergeFavorites,
  parseStored,
  MAX_NOTE,
  removeFavorite,
  serialize,
  setNote,
  type Favorite,
} from './favorites';

const plombier: Favorite = { kind: 'metier', id: 'MET.1', title: 'plombier/ère', savedAt: 1 };
const cap: Favorite = { kind: 'formation', id: 'cap-plombier', title: 'CAP plombier', savedAt: 2 };
const bts: Favorite = { kind: 'formation', id: 'FOR.12', title: 'BTS fluides', savedAt: 3 };

describe('favourites in storage', () => {
  it('round-trips through storage', () => {
    expect(parseStored(serialize([plombier, cap]))).toEqual({ items: [plombier, cap], problem: null });
    expect(parseStored(null)).toEqual({ items: [], problem: null });
  });

  it.each([
    ['{"version":1,"items":[', 'corrupted'],
    ['\u0000\u0001garbage', 'corrupted'],
    ['{"autre":"application"}', 'foreign'],
    ['42', 'foreign'],
    ['"texte"', 'foreign'],
    ['null', 'foreign'],
  ])('reads %j as nothing, and says it was %s', (raw, problem) => {
    expect(parseStored(raw)).toEqual({ items: [], problem });
  });

  it('keeps every favourite it can read from damaged or foreign data', () => {
    const raw = JSON.stringify({
      version: 7,
      items: [
        plombier,
        { kind: 'metier', id: '<script>', title: 'x' },
        { kind: 'planete', id: 'MARS' },
        { kind: 'formation', id: 'cap-plombier' },
        null,
        'MET.2',
        { kind: 'metier', id: 'MET.1', title: 'doublon' },
        {
          kind: 'formation',
          id: 'FOR.12',
          title: 'BTS fluides',
          savedAt: 'hier',
          __proto__: { polluted: true },
        },
      ],
    });
    const { items, problem } = parseStored(raw);
    expect(problem).toBe('foreign');
    expect(items).toEqual([
      plombier,
      { kind: 'formation', id: 'cap-plombier', title: 'cap-plombier', savedAt: 0 },
      { ...bts, savedAt: 0 },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // A bare array of favourites (an older shape) is read too.
    expect(parseStored(JSON.stringify([plombier])).items).toEqual([plombier]);
  });
});

describe('changing the list', () => {
  it('adds once, in the order of saving, and removes', () => {
    let items = addFavorite([], plombier);
    items = addFavorite(items, cap);
    items = addFavorite(items, plombier);
    expect(items).toEqual([plombier, cap]);
    expect(removeFavorite(items, 'metier', 'MET.1')).toEqual([cap]);
  });

  it('merges a shared list without losing or reordering the receiver’s own', () => {
    expect(mergeFavorites([cap, plombier], [bts, plombier])).toEqual([cap, plombier, bts]);
  });

  it('merges notes without overwriting one: an added fiche brings its note, an empty one is filled', () => {
    const own = [{ ...cap, note: 'la mienne' }, plombier];
    const incoming = [
      { ...cap, note: 'la sienne' },
      { ...plombier, note: 'demander au CIO' },
      { ...bts, note: 'en alternance ?' },
    ];
    expect(mergeFavorites(own, incoming)).toEqual([
      { ...cap, note: 'la mienne' },
      { ...plombier, note: 'demander au CIO' },
      { ...bts, note: 'en alternance ?' },
    ]);
    // Nothing new: the same list, so nothing is written.
    expect(mergeFavorites(own, [cap])).toBe(own);
  });

  it('writes a note, removes a blank one, and cuts one too long', () => {
    let items = setNote([plombier, cap], 'metier', 'MET.1', 'Stage en 3e ?');
    expect(items).toEqual([{ ...plombier, note: 'Stage en 3e ?' }, cap]);
    items = setNote(items, 'metier', 'MET.1', '   ');
    expect(items).toEqual([plombier, cap]);
    expect(setNote([plombier], 'metier', 'MET.1', 'é'.repeat(MAX_NOTE + 5))[0]!.note).toHaveLength(MAX_NOTE);
  });

  it('keeps notes through storage, and drops a note that is not text', () => {
    const withNote = { ...plombier, note: 'pourquoi pas' };
    expect(parseStored(serialize([withNote])).items).toEqual([withNote]);
    expect(parseStored(JSON.stringify({ version: 1, items: [{ ...plombier, note: 42 }] })).items).toEqual([
      plombier,
    ]);
  });
});

describe('shared lists in the URL', () => {
  it('encode ids and decode them with their kind', () => {
    const value = encodeIds([plombier, cap, bts]);
    expect(value).toBe('MET.1,cap-plombier,FOR.12');
    expect(decodeIds(value)).toEqual([
      { kind: 'metier', id: 'MET.1' },
      { kind: 'formation', id: 'cap-plombier' },
      { kind: 'formation', id: 'FOR.12' },
    ]);
  });

  it('drop malformed and repeated ids', () => {
    expect(decodeIds('MET.1,,MET.1,../etc,<b>,FOR.2')).toEqual([
      { kind: 'metier', id: 'MET.1' },
      { kind: 'formation', id: 'FOR.2' },
    ]);
    expect(decodeIds(undefined)).toEqual([]);
  });
});
