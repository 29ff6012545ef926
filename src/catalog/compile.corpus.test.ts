// The compiler on every real fiche: the seeds and, when present, the 1,152 fiches of ../shared/corpus.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, hasCorpus, readFolder, SEEDS_DIR } from '../test-support/fiches';
import { buildBundle, fileText } from './bundle';
import { LEAD_SUMMARIES } from './index-columns';
import { compileFiches, type SourceFile } from './compile';
import { CatalogIndexSchema } from './index-schema';
import { SummariesSchema, ChunkSchema, type Fiche } from './schema';
import { labelKey } from './text';

/** Every string of a record, field keys included, folded for comparison. */
function haystack(record: Fiche): string {
  const strings: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(record);
  return labelKey(strings.join('\n'));
}

/**
 * The pieces of text a source line carries, without its Markdown syntax: what must reach the
 * record. Written from the format, not from the parser, so the two check each other.
 */
// Headings of the sections whose content becomes dedicated fields (otherNames, related,
// interests, the formation's fields): the field names say what the heading said.
const STRUCTURE =
  /^## (Informations générales|Autres appellations|Formations recommandées|Métiers associés|Centres d'intérêt)$/;

function fragments(raw: string): string[] {
  let text = raw.trim();
  if (/^<\/?p>$/i.test(text) || STRUCTURE.test(raw)) return [];
  text = text.replace(/^#{1,6}\s+/, '').replace(/^[-*+•](\s+|$)/, '');
  const pieces: string[] = [];
  const field = /^\*\*([^*]+):\*\*/.exec(text);
  if (field) {
    pieces.push(field[1]!);
    text = text.slice(field[0].length);
  }
  const ref = /^(.*)\(ID:\s*([A-Z]+\.\d+)\)$/.exec(text);
  if (ref) {
    pieces.push(ref[1]!, ref[2]!);
    text = '';
  }
  const form = /^(Féminin|Masculin):(.*)$/.exec(text);
  if (form) text = form[2]!;
  pieces.push(...text.split(/<br\s*\/?>/i));
  return pieces.map(labelKey).filter((p) => p !== '');
}

function expectNothingLost(files: SourceFile[], records: Fiche[]) {
  const byFile = new Map(records.map((r) => [r.source.file, haystack(r)]));
  let checked = 0;
  const lost: string[] = [];
  for (const file of files) {
    const text = byFile.get(file.path);
    expect(text, `${file.path} compiled`).toBeDefined();
    new TextDecoder()
      .decode(file.bytes)
      .split(/\r?\n/)
      .forEach((line, i) => {
        for (const piece of fragments(line)) {
          checked++;
          if (!text!.includes(piece)) lost.push(`${file.path}:${i + 1}: ${piece}`);
        }
      });
  }
  expect(lost).toEqual([]);
  return checked;
}

function expectValidBundle(records: Fiche[]) {
  const bundle = buildBundle(records, (c) => String(c.length));
  const { index: indexFile, summaries: summariesFile, chunks: chunkFiles } = bundle;
  const index = CatalogIndexSchema.parse(JSON.parse(indexFile!.content));
  expect(index.id).toEqual(records.map((r) => r.id));
  for (const column of ['title', 'level', 'interests', 'names', 'related', 'chunk'] as const) {
    expect(index[column]).toHaveLength(records.length);
  }
  // The first fiches of each list, in title order, come with their summaries in the index.
  const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  for (const kind of ['metier', 'formation'] as const) {
    const first = records
      .map((r, i) => [r, i] as const)
      .filter(([r]) => r.kind === kind)
      .sort(([a], [b]) => collator.compare(a.title, b.title))
      .slice(0, LEAD_SUMMARIES);
    expect(index.leadSummaries.filter(([at]) => records[at]!.kind === kind)).toEqual(
      first.map(([r, i]) => [i, r.summary]),
    );
  }
  // The summaries of the cards, aligned with the index, in a file of their own.
  expect(summariesFile!.name).toBe(bundle.manifest.summaries);
  expect(SummariesSchema.parse(JSON.parse(summariesFile!.content)).summary).toEqual(
    records.map((r) => r.summary),
  );
  const chunks = chunkFiles.map((f) => ChunkSchema.parse(JSON.parse(fileText(f))));
  // Each record is in exactly the chunk the index names.
  records.forEach((record, i) => {
    const chunk = chunks[index.chunk[i]!]!;
    expect(chunk.records.find((r) => r.id === record.id)).toEqual(record);
  });
  expect(chunks.reduce((n, c) => n + c.records.length, 0)).toBe(records.length);
  return { index: indexFile!.content, bundle };
}

describe('the seeds', () => {
  const files = readFolder(SEEDS_DIR);
  const result = compileFiches(files);

  it('lose no line of text', () => {
    expect(expectNothingLost(files, result.records)).toBeGreaterThan(100);
  });

  it('make a valid bundle', () => {
    expectValidBundle(result.records);
  });
});

describe.runIf(hasCorpus)('the corpus of 1,152 real fiches', () => {
  const files = hasCorpus ? readFolder(CORPUS_DIR) : [];
  const result = compileFiches(files);

  it('compiles with zero errors into 345 métiers and 807 formations', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.records.filter((r) => r.kind === 'metier')).toHaveLength(345);
    expect(result.records.filter((r) => r.kind === 'formation')).toHaveLength(807);
  });

  it('loses no line of text of any fiche', () => {
    const checked = expectNothingLost(files, result.records);
    console.info(`corpus: ${checked} fragments of text checked in ${files.length} fiches`);
  });

  it('reports its unresolved references, which are its only warnings', () => {
    const related = result.records.flatMap((r) => r.related);
    const unresolved = related.filter((r) => r.id === null).length;
    console.info(`corpus: ${unresolved} of ${related.length} references unresolved`);
    expect(result.unresolved).toBe(unresolved);
    expect(unresolved).toBeGreaterThan(related.length / 2);
    expect(result.warnings).toBe(unresolved);
    expect(result.diagnostics.every((d) => d.message.startsWith('référence non résolue'))).toBe(true);
  });

  it('gives every fiche the facet values the format implies', () => {
    const metiers = result.records.filter((r) => r.kind === 'metier');
    const formations = result.records.filter((r) => r.kind === 'formation');
    expect(metiers.filter((m) => m.levelLabel === null)).toEqual([]);
    expect(metiers.filter((m) => m.durationYears === null).map((m) => m.levelLabel)).toEqual([
      'autre formation',
      'autre formation',
    ]);
    expect(formations.filter((f) => f.durationYears === null)).toEqual([]);
    expect(
      formations.filter((f) => f.level === null).every((f) => f.levelLabel === 'non inscrit au RNCP'),
    ).toBe(true);
    expect(metiers.filter((m) => m.interests.length > 0)).toHaveLength(339);
    expect(metiers.filter((m) => m.startingSalary?.eurosPerMonth != null).length).toBeGreaterThan(150);
    // Linked in both directions: FOR ids found by title, métiers found by title.
    expect(formations.filter((f) => f.id.startsWith('FOR.')).length).toBeGreaterThan(100);
    expect(formations.filter((f) => f.derivedInterests.length > 0).length).toBeGreaterThan(100);
  });

  it('makes a valid bundle whose index stays within 100 KB gzip per 1,000 fiches', () => {
    const { index, bundle } = expectValidBundle(result.records);
    const gzip = gzipSync(index, { level: 9 }).length;
    console.info(`corpus: index ${index.length} B, ${gzip} B gzip, ${bundle.manifest.chunks.length} chunks`);
    expect(gzip / result.records.length).toBeLessThanOrEqual(100);
  });
});
