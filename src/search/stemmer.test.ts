import { describe, expect, it } from 'vitest';
import { stem } from './stemmer';

describe('the light French stemmer', () => {
  it.each([
    ['chevaux', 'cheval'],
    ['animaux', 'animal'],
    ['travaux', 'travail'],
    ['details', 'detail'],
    ['jeux', 'jeu'],
    ['reseaux', 'reseau'],
    ['bateaux', 'bateau'],
    ['infirmieres', 'infirmier'],
    ['vendeuse', 'vendeur'],
    ['conductrice', 'conducteur'],
    ['agricultrices', 'agriculteur'],
    ['technicienne', 'technicien'],
    ['routiere', 'routier'],
    ['sportive', 'sportif'],
    ['professionnelle', 'professionnel'],
    ['architectes', 'architecte'],
    ['nationale', 'nationaux'],
    ['publics', 'public'],
  ])('« %s » and « %s » meet', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it.each([
    ['agriculture', 'agriculteur'],
    ['facture', 'facteur'],
    ['informatique', 'informaticien'],
  ])('leaves derivations apart: « %s » is not « %s »', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });

  it('leaves short words, numbers and sigles alone', () => {
    for (const w of ['bts', 'cap', 'but', 'mer', 'bac', '3d', 'web']) expect(stem(w)).toBe(w);
  });
});
