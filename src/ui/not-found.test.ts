import { describe, expect, it } from 'vitest';
import { wordsOf } from './not-found';

describe('the words of an address', () => {
  it.each([
    ['/bac-pro-micro', 'bac pro micro'],
    ['/metiers/veterinaire', 'veterinaire'],
    ['/formations/bp-boulanger', 'bp boulanger'],
    ['/metiers/MET.123', ''],
    ['/m%C3%A9canicien', 'mécanicien'],
    ['/m%C3%A9tiers%ZZ', 'm C3 A9tiers ZZ'],
    ['/metiers-de-la-mer', 'metiers de la mer'],
  ])('%s → « %s »', (path, words) => {
    expect(wordsOf(path)).toBe(words);
  });
});
