// Long texts (only hostile fiches have them) take linear loops in text.ts: they must give what
// the definitions give.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { collapseSpaces, fnv1a, fold, foldSlowly, slugify } from './text';

/** A text longer than the loops' threshold, made of a short random piece repeated. */
const longText = fc
  .string({
    unit: fc.constantFrom(
      'a',
      'Z',
      'é',
      'Œ',
      'ç',
      '’',
      '`',
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '-',
      '+',
      '1',
      '\n',
      'ß',
    ),
    minLength: 1,
    maxLength: 12,
  })
  .map((piece) => piece.repeat(Math.ceil(70_000 / piece.length)));

describe('text of a hostile length', () => {
  it('folds as the definition does', () => {
    fc.assert(
      fc.property(longText, (text) => fold(text) === foldSlowly(text)),
      { numRuns: 40, seed: 7 },
    );
  });

  it('collapses its spaces as one replacement would', () => {
    fc.assert(
      fc.property(longText, (text) => collapseSpaces(text) === text.replace(/\s+/g, ' ').trim()),
      { numRuns: 40, seed: 7 },
    );
  });

  it('makes the slug the short texts get', () => {
    fc.assert(
      fc.property(longText, (text) => {
        const reference = foldSlowly(text)
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, '');
        if (reference === '') return slugify(text) === 'sans-titre';
        return (
          slugify(text) === `${reference.slice(0, 80).replace(/-+$/, '')}-${fnv1a(reference).toString(36)}`
        );
      }),
      { numRuns: 40, seed: 7 },
    );
  });
});
