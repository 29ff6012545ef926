import { describe, expect, it } from 'vitest';
import { feminineOf, queryTerms, tokenize } from './analyzer';

describe('the French analyzer', () => {
  it('folds case, accents and ligatures', () => {
    expect(queryTerms('Électricien ŒUVRE cœur')).toEqual(['electricien', 'oeuvre', 'coeur']);
  });

  it('drops elisions and common words', () => {
    expect(queryTerms("l'électricien d'intervention qu'il j’aime")).toEqual([
      'electricien',
      'intervention',
      'aime',
    ]);
    expect(queryTerms('technicien de la mer et des océans')).toEqual(['technicien', 'mer', 'oceans']);
  });

  it('splits hyphenated words', () => {
    expect(tokenize('mécanicien-dentiste')).toEqual(['mecanicien', 'dentiste']);
  });

  it.each([
    ['technicien', 'ne', 'technicienne'],
    ['ingénieur', 'e', 'ingénieure'],
    ['constructeur', 'trice', 'constructrice'],
    ['plombier', 'ère', 'plombière'],
    ['vendeur', 'euse', 'vendeuse'],
    ['conseiller', 'ère', 'conseillère'],
    ['créatif', 'ive', 'créative'],
    ['professionnel', 'le', 'professionnelle'],
  ])('writes the feminine of %s/%s as %s', (base, suffix, feminine) => {
    expect(feminineOf(base, suffix)).toBe(feminine);
  });

  it('expands inclusive forms into both genders', () => {
    expect(tokenize("technicien/ne d'intervention")).toEqual([
      'technicien',
      'technicienne',
      "d'intervention",
    ]);
    expect(tokenize('mise en/hors gaz')).toEqual(['mise', 'en', 'hors', 'gaz']);
  });
});
