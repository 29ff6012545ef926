// Property-based robustness of the compiler: real fiches, mutated the ways files get damaged
// (cut, lines lost or repeated, sections moved, headings at every level and indentation, stray
// bytes), must compile or be reported at a line of the file; they must never crash the compiler.
// Seeds are fixed and runs bounded, so the suite is deterministic and takes a few seconds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, hasCorpus, readFolder, SEEDS_DIR } from '../test-support/fiches';
import {
  bytesOf,
  expectSoundOutcome,
  FORMAT_LINES,
  INVALID_UTF8,
  lineCount,
  mutate,
  mutationArb,
  outcomeProblems,
} from '../test-support/hostile';
import { buildBundle, fileText } from './bundle';
import { compileFiches, type SourceFile } from './compile';
import { parseFiche } from './parse-fiche';
import { CatalogIndexSchema } from './index-schema';
import { ChunkSchema } from './schema';

const SEED = 20_240_611;

const seeds = readFolder(SEEDS_DIR);
// Every 24th fiche of the corpus: about 50 métiers and formations of every shape.
const sample = hasCorpus ? readFolder(CORPUS_DIR).filter((_, i) => i % 24 === 0) : [];
const pool: SourceFile[] = [...seeds, ...sample];

function compileOne(path: string, bytes: Uint8Array) {
  const files = [{ path, bytes }];
  return { files, result: compileFiches(files) };
}

/** Counts outcomes, so that a property can show it exercised both sides. */
function tally() {
  const counts = { compiled: 0, rejected: 0 };
  return {
    counts,
    add(compiled: boolean) {
      counts[compiled ? 'compiled' : 'rejected']++;
    },
  };
}

describe('mutated real fiches', () => {
  it('compile alone or report errors located inside the file', () => {
    const outcomes = tally();
    fc.assert(
      fc.property(
        fc.constantFrom(...pool),
        fc.array(mutationArb, { minLength: 1, maxLength: 6 }),
        (file, mutations) => {
          const bytes = mutations.reduce(mutate, file.bytes);
          const { files, result } = compileOne(file.path, bytes);
          expect(outcomeProblems(files, result)).toEqual([]);
          outcomes.add(result.records.length > 0);
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
    // Both outcomes happen often: the property checks records as well as errors.
    expect(outcomes.counts.compiled).toBeGreaterThan(250);
    expect(outcomes.counts.rejected).toBeGreaterThan(100);
  });

  it('compile together, and when free of errors make a bundle that fits its schemas', () => {
    let bundles = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...pool), fc.array(mutationArb, { maxLength: 3 })), {
          minLength: 1,
          maxLength: 6,
        }),
        (picked) => {
          const files = picked.map(([file, mutations], i) => ({
            path: `${i}-${file.path}`,
            bytes: mutations.reduce(mutate, file.bytes),
          }));
          const result = compileFiches(files);
          expect(outcomeProblems(files, result)).toEqual([]);
          if (result.errors > 0) return;
          bundles++;
          const bundle = buildBundle(result.records, (c) => String(c.length));
          const index = JSON.parse(bundle.index.content) as unknown;
          expect(CatalogIndexSchema.parse(index).id).toEqual(result.records.map((r) => r.id));
          const records = bundle.chunks.flatMap((c) => ChunkSchema.parse(JSON.parse(fileText(c))).records);
          expect(records).toHaveLength(result.records.length);
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
    expect(bundles).toBeGreaterThan(25);
  });

  it('cut at every byte, even inside a multi-byte character, compile or report the cut', () => {
    const file = seeds.find((f) => f.path.startsWith('000'))!;
    let insideCharacter = 0;
    for (let at = 0; at <= file.bytes.length; at++) {
      const { files, result } = compileOne(file.path, file.bytes.slice(0, at));
      expectSoundOutcome(files, result);
      if ((file.bytes[at]! & 0xc0) === 0x80) {
        insideCharacter++;
        expect(result.diagnostics[0]!.message).toMatch(/^octets invalides en UTF-8/);
      }
    }
    expect(insideCharacter).toBeGreaterThan(20);
  });

  it.each([
    ['\n', 'LF'],
    ['\r\n', 'CRLF'],
    ['\r', 'CR'],
  ])('report invalid UTF-8 at the line that holds it, with %j line endings (%s)', (ending) => {
    const text = new TextDecoder().decode(seeds[0]!.bytes).replace(/\n/g, ending);
    const lines = text.split(ending);
    for (const sequence of INVALID_UTF8) {
      for (const at of [0, 1, 5, lines.length - 1]) {
        const before = bytesOf(lines.slice(0, at).join(ending) + (at > 0 ? ending : ''));
        const after = bytesOf(lines.slice(at).join(ending));
        const bytes = new Uint8Array([...before, ...sequence, ...after]);
        const { result } = compileOne('f.txt', bytes);
        expect(result.diagnostics.map((d) => [d.line, d.severity])).toEqual([[at + 1, 'error']]);
      }
    }
  });

  it('take a heading at every level and every indentation in any line', () => {
    const file = seeds.find((f) => f.path.startsWith('001'))!;
    const lines = new TextDecoder().decode(file.bytes).split('\n');
    const headings = lines.flatMap((line, i) => (/^\s*#/.test(line) ? [i] : []));
    expect(headings.length).toBeGreaterThan(20);
    for (const at of [...headings, 2, 4, 15]) {
      for (let level = 1; level <= 7; level++) {
        for (const indent of ['', ' ', '   ', '\t', '\u00a0', ' '.repeat(12)]) {
          const changed = [...lines];
          changed[at] = `${indent}${'#'.repeat(level)} ${changed[at]!.replace(/^\s*#*\s*/, '')}`;
          const { files, result } = compileOne(file.path, bytesOf(changed.join('\n')));
          expectSoundOutcome(files, result);
        }
      }
    }
  });
});

// Fiches written from the format's own vocabulary, arranged at random: reaches the corners
// (fields in lists, references without titles, sections in any order) that real fiches do not.
const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FORMAT_LINES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);
const lineArb = fc
  .tuple(fc.constantFrom('', ' ', '    ', '            ', '\t', '\u00a0'), fragment, fragment)
  .map(([indent, a, b]) => `${indent}${a}${b}`);
const skeletons = [
  "# plombier/ère\n**ID:** MET.1\n**Niveau d'accès minimum:** CAP ou équivalent\n",
  '# CAP plombier\n## Informations générales\n**Durée:** 2 ans\n**Niveau de certification:** niveau 3\n**Type:** CAP\n',
  '',
];
const ficheArb = fc
  .tuple(
    fc.constantFrom(...skeletons),
    fc.array(lineArb, { maxLength: 30 }),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([skeleton, lines, ending]) => `${skeleton}${lines.join('\n')}`.replace(/\r?\n/g, ending));

describe('fiches made of random pieces of the format', () => {
  it('compile or report errors located inside the file', () => {
    const outcomes = tally();
    fc.assert(
      fc.property(fc.array(ficheArb, { minLength: 1, maxLength: 4 }), (texts) => {
        const files = texts.map((text, i) => ({ path: `f${i}.md`, bytes: bytesOf(text) }));
        const result = compileFiches(files);
        expect(outcomeProblems(files, result)).toEqual([]);
        outcomes.add(result.errors === 0);
      }),
      { seed: SEED, numRuns: 1000 },
    );
    expect(outcomes.counts.compiled).toBeGreaterThan(100);
    expect(outcomes.counts.rejected).toBeGreaterThan(100);
  });

  it('parse any string, lone surrogates included, into messages that point inside it', () => {
    fc.assert(
      fc.property(
        fc.oneof(ficheArb, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-composite' })),
        (text) => {
          const { fiche, diagnostics } = parseFiche('f.md', text);
          const lines = lineCount(bytesOf(text));
          for (const d of diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
          for (const d of diagnostics) expect(d.line).toBeLessThanOrEqual(lines);
          expect(fiche === null).toBe(diagnostics.some((d) => d.severity === 'error'));
        },
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });
});
