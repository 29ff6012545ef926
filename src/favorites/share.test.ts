import { compressToEncodedURIComponent } from 'lz-string';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { decodeList, encodeList, sharedFiches } from './share';

const NOTES = [
  'Demander au CIO pour les stages',
  'Trop loin ? voir internat',
  'Salaire élevé, études longues',
  'Mon préféré !',
  'Parler à tonton, il est électricien',
  'Voir journée portes ouvertes en février',
  'Bac pro ou CAP d’abord ?',
  'Apprentissage possible',
  'Aimer les animaux : oui',
  'Vérifier les débouchés',
];
const IDS = ['MET.895', 'MET.102', 'FOR.11072', 'FOR.4572', 'MET.7', 'FOR.1234', 'MET.1590', 'FOR.9981'];
const TEN = [...IDS, 'MET.433', 'FOR.20311'].map((id, i) => ({ id, note: NOTES[i] }));

describe('a list shared by link', () => {
  it('round-trips ids and notes, with their kinds', () => {
    const list = [
      { id: 'MET.1', note: 'ligne 1\nligne 2 « é » 🙂' },
      { id: 'FOR.2' },
      { id: 'cap-plombier' },
    ];
    expect(decodeList(encodeList(list))).toEqual([
      { kind: 'metier', id: 'MET.1', note: 'ligne 1\nligne 2 « é » 🙂' },
      { kind: 'formation', id: 'FOR.2' },
      { kind: 'formation', id: 'cap-plombier' },
    ]);
  });

  it('fits ten favourites with short notes in a QR code a phone scans', () => {
    const url = `https://explorateur-metiers.example.fr/favoris?liste=${encodeList(TEN)}`;
    expect(url.length).toBeLessThan(520);
    // Version 17 is 85 modules a side: about 3.5 px each at 300 px on a screen.
    expect(encode(url, { ecc: 'M' }).version).toBeLessThanOrEqual(17);
  });

  it('reads a `+` that arrived as a space', () => {
    const value = encodeList(TEN);
    expect(value).toContain('+');
    expect(decodeList(value.replace(/\+/g, ' '))).toHaveLength(10);
  });

  it.each([
    ['garbage', 'n’importe quoi'],
    ['another form', compressToEncodedURIComponent(JSON.stringify([2, 'MET.1']))],
    ['not a list', compressToEncodedURIComponent('{"a":1}')],
    ['too long', 'A'.repeat(9000)],
  ])('gives nothing for %s', (_, value) => {
    expect(decodeList(value)).toEqual([]);
  });

  it('leaves out malformed or repeated ids and notes that are not text', () => {
    const value = compressToEncodedURIComponent(
      JSON.stringify([1, 'MET.1', '<b>', ['MET.1', 'bis'], ['FOR.2', 42], ['../x', 'a'], null, 'FOR.3']),
    );
    expect(decodeList(value)).toEqual([
      { kind: 'metier', id: 'MET.1' },
      { kind: 'formation', id: 'FOR.2' },
      { kind: 'formation', id: 'FOR.3' },
    ]);
  });

  it('still opens links of the older form', () => {
    expect(sharedFiches({ ids: 'MET.1,FOR.2' })).toEqual([
      { kind: 'metier', id: 'MET.1' },
      { kind: 'formation', id: 'FOR.2' },
    ]);
  });
});
