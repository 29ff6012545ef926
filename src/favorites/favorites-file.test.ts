import { describe, expect, it } from 'vitest';
import type { Favorite } from './favorites';
import { favoritesFile, favoritesFileName, readFavoritesFile } from './favorites-file';

const items: Favorite[] = [
  { kind: 'metier', id: 'MET.1', title: 'plombier/ère', savedAt: 1, note: 'Stage ?' },
  { kind: 'formation', id: 'FOR.2', title: 'CAP plombier', savedAt: 2 },
];
const NOW = new Date('2026-12-01T10:00:00Z');

describe('favourites as a file', () => {
  it('round-trips, with its format, version, date and catalogue', () => {
    const text = favoritesFile(items, { version: 'abc123', exported: '2025-10-21' }, NOW);
    expect(JSON.parse(text)).toMatchObject({
      format: 'explorateur-metiers/favoris',
      version: 1,
      exportedAt: '2026-12-01T10:00:00.000Z',
      catalogue: { version: 'abc123', exported: '2025-10-21' },
    });
    expect(readFavoritesFile(text)).toEqual({ items, unreadable: 0 });
    expect(favoritesFileName(NOW)).toBe('mes-favoris-2026-12-01.json');
  });

  it.each([
    ['damaged', '{"format":"explorateur-metiers/favoris","items":[', /abîmé/],
    ['empty', '', /abîmé/],
    ['foreign', '{"name":"package","version":"1.0.0"}', /n’est pas un fichier de favoris/],
    ['a list of something else', '[1,2,3]', /n’est pas un fichier de favoris/],
    [
      'from a later version',
      '{"format":"explorateur-metiers/favoris","version":2,"items":[]}',
      /plus récente/,
    ],
  ])('refuses a %s file with a French message', (_, text, message) => {
    const result = readFavoritesFile(text);
    expect('error' in result && result.error).toMatch(message);
  });

  it('keeps what it can read and counts the rest', () => {
    const text = JSON.stringify({
      format: 'explorateur-metiers/favoris',
      version: 1,
      items: [items[0], { kind: 'planete', id: 'X' }, 'MET.3', items[1]],
    });
    expect(readFavoritesFile(text)).toEqual({ items, unreadable: 2 });
  });
});
