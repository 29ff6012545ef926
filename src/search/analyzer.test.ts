import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldSlowly } from '../catalog/text';
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

describe('fold', () => {
  it('gives what its definition gives, on any text', () => {
    const alphabet = [..."aAzZ09 '`-/éÉèàçÇœŒæßñÑüÿİıłŁ\u2019\u2018\u02bc\u2032´\u0301\u00a0ǅ日本"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(fold(text)).toBe(foldSlowly(text));
      }),
      { numRuns: 2000, seed: 7 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (text) => {
        expect(fold(text)).toBe(foldSlowly(text));
      }),
      { numRuns: 2000, seed: 11 },
    );
  });
});
