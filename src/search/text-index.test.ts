import { describe, expect, it } from 'vitest';
import type { TextShard, TextTable } from '../catalog/schema';
import { typedWord } from './analyzer';
import { TextIndex } from './text-index';

// « c » holds its own word only (« ca », « co… » are apart), and so does « co » (« com », « con »).
const table: TextTable = {
  version: 1,
  sections: ['Nature du travail'],
  keys: ['a', 'c', 'ca', 'co', 'com', 'con', 'd'],
  files: [0, 1, 1, 2, 3, 4, 4],
  maxWeight: 1,
  shards: ['t0', 't1', 't2', 't3', 't4'],
};
const shard = (...terms: string[]): TextShard => ({
  version: 1,
  terms,
  counts: terms.map(() => 1),
  docs: terms.map(() => 0),
  weights: terms.map(() => 255),
  sections: terms.map(() => 1),
});

describe('the shards read ahead of the next letter', () => {
  it('are those of the words the next letter can lead to', () => {
    const index = new TextIndex(table);
    // « c »: « co » and « ca » (« co »'s own shard: « com », « con » are one more letter away),
    // « co » first: more words start so (more keys).
    expect(index.ahead('c', 12)).toEqual([2, 1]);
    // « co »: « com » and « con ».
    expect(index.ahead('co', 12)).toEqual([3, 4]);
    // « cou »: no key goes on from it; « co »'s shard holds its own word only.
    expect(index.ahead('cou', 12)).toEqual([]);
    // « a » holds every word it starts: its own shard.
    expect(index.ahead('a', 12)).toEqual([0]);
    expect(index.ahead('ab', 12)).toEqual([0]);
    // No word of the fiches starts so.
    expect(index.ahead('x', 12)).toEqual([]);
  });

  it('leave out the shards already loaded, and stop at the limit', () => {
    const index = new TextIndex(table);
    index.add(3, shard('commerce'));
    expect(index.ahead('co', 12)).toEqual([4]);
    expect(index.ahead('c', 1)).toEqual([2]);
  });

  it('follow the word being typed, not a word a space has closed', () => {
    expect(typedWord('soigner les a')).toBe('a');
    expect(typedWord('Électri')).toBe('electri');
    expect(typedWord("l'a")).toBe('a');
    expect(typedWord('les')).toBe('les');
    expect(typedWord('soigner ')).toBeNull();
    expect(typedWord("l'")).toBeNull();
    expect(typedWord('')).toBeNull();
  });
});
