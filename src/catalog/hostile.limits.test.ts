// The compiler at the limits: 1 MB lines, lists of 10,000 items, 5,000 levels of nesting,
// empty files, 10,000 files. Each must compile or be reported, in time that grows linearly.
import { describe, expect, it } from 'vitest';
import { bytesOf, expectSoundOutcome } from '../test-support/hostile';
import { buildBundle, fileText } from './bundle';
import { compileFiches, type CompileResult, type SourceFile } from './compile';
import { formatDiagnostic } from './diagnostics';
import { MAX_LIST_DEPTH } from './parse-blocks';
import { ChunkSchema, type Block, type Fiche, type ListItem } from './schema';

/** Whether to print the measured times (CATALOG_TIMES=1): the assertions stand on their own. */
const REPORT = Boolean(process.env.CATALOG_TIMES);

/**
 * Compiles and measures the CPU time it took, in ms: the other processes of a shared machine
 * slow down the wall clock, not the work done.
 */
function compileTimed(files: SourceFile[]) {
  // Garbage left by earlier measures is collected first (vitest.config.ts exposes `gc`).
  (globalThis as { gc?: () => void }).gc?.();
  const started = process.cpuUsage();
  const result = compileFiches(files);
  const { user, system } = process.cpuUsage(started);
  return { result, ms: (user + system) / 1000 };
}

/**
 * Compiles a fiche at a small and a larger size, `ratio` times the small one. Linear work takes
 * about `ratio` times longer, quadratic work (a regular expression that backtracks, a list
 * searched for each of its items) `ratio`² times. On megabyte strings V8's garbage collector alone
 * can make linear work look several times longer, so the bound sits well above linear (see
 * `subquadratic`), and a run that misses it is measured again (five times at most, keeping the
 * fastest). Below 50 ms the ratio says nothing, but quadratic work could not be that fast at these
 * sizes anyway.
 */
function growth(make: (size: number) => string, small: number, large: number, limitMs: number) {
  const smallFiles = [{ path: 'petit.md', bytes: bytesOf(make(small)) }];
  const largeFiles = [{ path: 'grand.md', bytes: bytesOf(make(large)) }];
  let smallMs = Infinity;
  let largeMs = Infinity;
  let result: CompileResult | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    smallMs = Math.min(smallMs, compileTimed(smallFiles).ms);
    const timed = compileTimed(largeFiles);
    result = timed.result;
    largeMs = Math.min(largeMs, timed.ms);
    if (largeMs < limitMs && subquadratic(smallMs, largeMs, large / small)) break;
  }
  expectSoundOutcome(largeFiles, result!);
  return { smallMs, largeMs, result: result! };
}

/**
 * Whether growing the input `ratio` times made the work grow less than quadratically. At a 4×
 * ratio the bound is the quadratic factor itself (16×: GC noise can reach 10× on linear work); at
 * 16× it is 64×, four times above linear and four times below quadratic (256×).
 */
function subquadratic(smallMs: number, largeMs: number, ratio: number): boolean {
  const bound = ratio <= 4 ? ratio * ratio : ratio ** 1.5;
  return largeMs < Math.max(bound * smallMs, 50);
}

/** The slowest case of a group of measures, for CATALOG_TIMES=1. */
function slowest() {
  const worst = { smallMs: 0, largeMs: 0, what: '' };
  return {
    worst,
    add(what: string, smallMs: number, largeMs: number) {
      if (largeMs > worst.largeMs) Object.assign(worst, { what, smallMs, largeMs });
    },
    report(label: string, small: string, large: string) {
      if (!REPORT) return;
      const { what, smallMs, largeMs } = worst;
      console.info(
        `${label}: ${large} ${largeMs.toFixed(0)} ms, ${small} ${smallMs.toFixed(0)} ms (${what})`,
      );
    },
  };
}

// ---- 1 MB lines ---------------------------------------------------------------------------

/** A line of about `bytes` bytes of UTF-8: `unit` repeated between `before` and `after`. */
function hostileLine([before, unit, after]: readonly [string, string, string], bytes: number): string {
  return before + unit.repeat(Math.ceil(bytes / bytesOf(unit).length)) + after;
}

// Each feeds some regular expression or loop of the compiler what makes it work hardest.
const LINES = {
  letters: ['', 'a', ''],
  words: ['', 'mot ', ''],
  indentation: ['', ' ', 'x'],
  nbsp: ['', '\u00a0', 'x'],
  hashes: ['', '#', ' x'],
  'field colons': ['**', 'a:', ''],
  'field without end': ['**', 'a', ':*'],
  'unclosed br': ['<br', ' ', ''],
  'br starts': ['', '<br ', ''],
  'unclosed p': ['<p', ' ', 'x'],
  'id refs': ['x ', '(ID: FOR.1)', ''],
  'unclosed id ref': ['x (ID:', ' ', 'FOR.1'],
  'unclosed link label': ['[', 'a', '](b'],
  'unclosed link url': ['[a](', 'b', ''],
  'spaced digits': ['', '1 ', 'euros brut par mois'],
  'thousands groups': ['', '123 ', 'x euros brut par mois'],
  'dotted digits': ['', '1.', ' euros par mois'],
  punctuation: ['x', ', ', ''],
  dashes: ['', '- ', ''],
  ligatures: ['', 'œ', ''],
  'combining marks': ['', 'e\u0301', ''],
  apostrophes: ['', '’', ''],
  emoji: ['', '😀', ''],
  'gender forms': ['Féminin', ' ', ': x'],
  'access level': ['bac', ' + ', '2'],
} as const;

const METIER_HEAD = "# plombier/ère\n**ID:** MET.1\n**Niveau d'accès minimum:** CAP ou équivalent\n";
const FORMATION_HEAD =
  '# CAP plombier\n\n## Informations générales\n\n**Durée:** 2 ans\n**Niveau de certification:** niveau 3\n**Type:** CAP\n';

// Where a line goes decides which code reads it.
const PLACES: Record<string, (line: string) => string> = {
  'métier title': (line) => `# ${line}\n**ID:** MET.1\n`,
  'formation title': (line) => FORMATION_HEAD.replace('CAP plombier', () => line),
  'salary paragraph': (line) => `${METIER_HEAD}\n## Salaire\n### Salaire du débutant\n${line}\n`,
  'section heading': (line) => `${METIER_HEAD}\n## ${line}\n\ntexte\n`,
  'access level': (line) => `# x\n**ID:** MET.1\n**Niveau d'accès minimum:** ${line}\n`,
  'link field': (line) => `${FORMATION_HEAD}**Lien:** ${line}\n`,
  'formation reference': (line) => `${METIER_HEAD}\n## Formations recommandées\n\n- ${line}\n`,
  'centre of interest': (line) => `${METIER_HEAD}\n## Centres d'intérêt\n\n- ${line}\n`,
  'nested list item': (line) => `${METIER_HEAD}\n## Présentation\n\n- a\n    - ${line}\n`,
};

// Timings: another test file running on the other core can slow one measure down (memory and
// the garbage collector's threads are shared); a test that misses its bound runs again, later.
// Quadratic work misses it every time.
describe('a 1 MB line', { retry: 2 }, () => {
  const times = slowest();

  it.each(Object.entries(LINES))('of %s compiles in well under a second, in linear time', (name, parts) => {
    for (const [place, fiche] of Object.entries(PLACES)) {
      const make = (bytes: number) => fiche(hostileLine(parts, bytes));
      // 16× apart: linear and quadratic growth (16× and 256×) are far from each other, so the
      // noise of a shared machine cannot make one look like the other.
      const { smallMs, largeMs } = growth(make, 62_500, 1_000_000, 1000);
      const measured = `${place}: 62.5 KB ${smallMs.toFixed(1)} ms, 1 MB ${largeMs.toFixed(1)} ms`;
      times.add(`${name} in the ${place}`, smallMs, largeMs);
      expect(largeMs, measured).toBeLessThan(1000);
      expect(subquadratic(smallMs, largeMs, 16), measured).toBe(true);
    }
  });

  it('keeps the whole line', () => {
    const line = hostileLine(LINES.words, 1_000_000);
    const { result } = compileTimed([{ path: 'f.md', bytes: bytesOf(PLACES['salary paragraph']!(line)) }]);
    const metier = result.records[0]!;
    expect(metier.kind === 'metier' && metier.startingSalary?.text).toBe(line.trim());
    times.report('slowest line', '62.5 KB', '1 MB');
  });
});

// ---- 10,000-item lists ----------------------------------------------------------------------

function items(count: number, item: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => `- ${item(i)}\n`).join('');
}

/** A fiche with a list of `count` items, and the text that item `i` must leave in the record. */
const LISTS: Record<string, { make: (count: number) => string; kept: (i: number) => string }> = {
  'Statuts possibles field': {
    make: (n) => `${METIER_HEAD}**Statuts possibles:**\n${items(n, (i) => `statut ${i}`)}`,
    kept: (i) => `statut ${i}`,
  },
  'Formations recommandées section': {
    make: (n) =>
      `${METIER_HEAD}\n## Formations recommandées\n\n${items(n, (i) => `BTS ${i} (ID: FOR.${i})`)}`,
    kept: (i) => `BTS ${i}`,
  },
  'prose section': {
    make: (n) => `${METIER_HEAD}\n## Présentation\n\n${items(n, (i) => `point ${i}`)}`,
    kept: (i) => `point ${i}`,
  },
  "Centres d'intérêt section": {
    make: (n) => `${METIER_HEAD}\n## Centres d'intérêt\n\n${items(n, (i) => `goût ${i}`)}`,
    kept: (i) => `Goût ${i}`,
  },
  'Métiers associés section': {
    make: (n) => `${FORMATION_HEAD}\n## Métiers associés\n\n${items(n, (i) => `métier ${i}`)}`,
    kept: (i) => `métier ${i}`,
  },
  'Autres appellations section': {
    make: (n) =>
      `${METIER_HEAD}\n## Autres appellations\n\n${Array.from({ length: n }, (_, i) => `### nom ${i}\n- Féminin: elle ${i}\n`).join('')}`,
    kept: (i) => `elle ${i}`,
  },
  'repeated field': {
    make: (n) => `${METIER_HEAD}${Array.from({ length: n }, (_, i) => `**Sigle:** sigle ${i}\n`).join('')}`,
    kept: (i) => `sigle ${i}`,
  },
};

/** Every string in a record. */
function strings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

describe('a list of 10,000 items', () => {
  const times = slowest();

  // Compared with 40,000 items: a quadratic deduplication is still cheap at 10,000.
  it.each(Object.entries(LISTS))('in a %s compiles in linear time and keeps every item', (name, list) => {
    const { smallMs, largeMs, result } = growth(list.make, 10_000, 40_000, 1000);
    const measured = `10,000 items: ${smallMs.toFixed(1)} ms, 40,000 items: ${largeMs.toFixed(1)} ms`;
    times.add(name, smallMs, largeMs);
    expect(largeMs, measured).toBeLessThan(1000);
    expect(subquadratic(smallMs, largeMs, 4), measured).toBe(true);
    const found = strings(result.records[0]);
    const lost = Array.from({ length: 40_000 }, (_, i) => list.kept(i)).filter((t) => !found.has(t));
    expect(lost).toEqual([]);
  });

  it('lists every item of a list field as a value, and warns once per unknown value', () => {
    const { result } = compileTimed([
      { path: 'f.md', bytes: bytesOf(LISTS['Statuts possibles field']!.make(10_000)) },
    ]);
    expect(result.records[0]!.statuses).toHaveLength(10_000);
    expect(result.warnings).toBe(10_000);
    times.report('slowest list', '10,000 items', '40,000 items');
  });

  it('with a warning on each of 200,000 lines reports them all', () => {
    const files = [{ path: 'f.md', bytes: bytesOf(LISTS["Centres d'intérêt section"]!.make(200_000)) }];
    const { result } = compileTimed(files);
    expectSoundOutcome(files, result);
    expect(result.warnings).toBe(200_000);
  });
});

// ---- Deep nesting ---------------------------------------------------------------------------

function depthOf(items: ListItem[]): number {
  let depth = 0;
  let level = items;
  while (level.length > 0) {
    depth++;
    level = level.flatMap((i) => i.items);
  }
  return depth;
}

function texts(items: ListItem[]): string[] {
  const out: string[] = [];
  const stack = [...items].reverse();
  while (stack.length > 0) {
    const item = stack.pop()!;
    out.push(item.text);
    stack.push(...[...item.items].reverse());
  }
  return out;
}

function lists(record: Fiche): Extract<Block, { type: 'list' }>[] {
  return record.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'list' ? [b] : [])));
}

const DEPTH = 5_000;

describe('5,000 levels of nesting', () => {
  const nested = (indent: (level: number) => string, item = (i: number) => `- niveau ${i}`) =>
    `${METIER_HEAD}\n## Présentation\n\n${Array.from({ length: DEPTH }, (_, i) => `${indent(i)}${item(i)}\n`).join('')}`;

  it.each([
    ['spaces', (i: number) => ' '.repeat(i)],
    ['tabs', (i: number) => '\t'.repeat(i)],
    ['non-breaking spaces', (i: number) => '\u00a0'.repeat(i)],
  ])('of a list indented with %s stop at the maximum depth, keep every item and warn once', (_, indent) => {
    const files = [{ path: 'f.md', bytes: bytesOf(nested(indent)) }];
    const { result } = compileTimed(files);
    expectSoundOutcome(files, result);
    const [list] = lists(result.records[0]!);
    expect(depthOf(list!.items)).toBe(MAX_LIST_DEPTH);
    expect(texts(list!.items)).toEqual(Array.from({ length: DEPTH }, (_, i) => `niveau ${i}`));
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `f.md:${7 + MAX_LIST_DEPTH}: avertissement: liste imbriquée sur plus de ${MAX_LIST_DEPTH} niveaux : les éléments plus profonds sont rattachés au ${MAX_LIST_DEPTH}e niveau`,
    ]);
    // The record goes through JSON, the recursive schema and the bundle like any other.
    const bundle = buildBundle(result.records, (c) => String(c.length));
    const chunk = ChunkSchema.parse(JSON.parse(fileText(bundle.chunks[0]!)));
    expect(chunk.records[0]).toEqual(result.records[0]);
  });

  it('of a list that goes down and up again keep the order of the items', () => {
    const zigzag = (i: number) => ' '.repeat(i < DEPTH / 2 ? i : DEPTH - i);
    const files = [{ path: 'f.md', bytes: bytesOf(nested(zigzag)) }];
    const { result } = compileTimed(files);
    expectSoundOutcome(files, result);
    const [list] = lists(result.records[0]!);
    expect(depthOf(list!.items)).toBe(MAX_LIST_DEPTH);
    expect(texts(list!.items)).toEqual(Array.from({ length: DEPTH }, (_, i) => `niveau ${i}`));
  });

  it('of items with their text on the next, deeper line keep every text', () => {
    const item = (i: number) => `-\n${' '.repeat(i + 1)}suite ${i}`;
    const files = [{ path: 'f.md', bytes: bytesOf(nested((i) => ' '.repeat(i), item)) }];
    const { result } = compileTimed(files);
    expectSoundOutcome(files, result);
    const all = texts(lists(result.records[0]!)[0]!.items);
    expect(all).toEqual(Array.from({ length: DEPTH }, (_, i) => `suite ${i}`));
  });

  it('in structured lists (a list field, recommended formations) keep every item flat', () => {
    const deep = (make: (i: number) => string) =>
      Array.from({ length: DEPTH }, (_, i) => `${' '.repeat(i)}- ${make(i)}\n`).join('');
    const text = `${METIER_HEAD}**Statuts possibles:**\n${deep(() => 'salarié')}\n## Formations recommandées\n\n${deep((i) => `f ${i} (ID: FOR.${i})`)}`;
    const files = [{ path: 'f.md', bytes: bytesOf(text) }];
    const { result } = compileTimed(files);
    expectSoundOutcome(files, result);
    const record = result.records[0]!;
    expect(record.statuses).toEqual(['salarié']);
    expect(record.fields.find((f) => f.key === 'Statuts possibles')!.values).toHaveLength(DEPTH);
    expect(record.related).toHaveLength(DEPTH);
  });

  it('of headings at every level and ever deeper indentation keep every heading as a block', () => {
    const lines = Array.from(
      { length: DEPTH },
      (_, i) => `${' '.repeat(i)}${'#'.repeat((i % 7) + 1)} titre ${i}`,
    );
    const files = [
      { path: 'f.md', bytes: bytesOf(`${METIER_HEAD}\n## Présentation\n\n${lines.join('\n')}\n`) },
    ];
    const { result } = compileTimed(files);
    expectSoundOutcome(files, result);
    const blocks = result.records[0]!.sections[0]!.blocks;
    // Seven `#` make no heading: that line is text.
    expect(blocks.filter((b) => b.type === 'heading')).toHaveLength(DEPTH - Math.floor(DEPTH / 7));
    expect(blocks.filter((b) => b.type === 'paragraph')).toHaveLength(Math.floor(DEPTH / 7));
  });
});

// ---- Empty files ----------------------------------------------------------------------------

describe('a file with nothing in it', () => {
  it.each([
    ['empty', new Uint8Array()],
    ['a BOM', new Uint8Array([0xef, 0xbb, 0xbf])],
    ['two BOMs', new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf])],
    ['a BOM and blank lines', bytesOf('\ufeff\n\n\r\n')],
    ['spaces', bytesOf('   ')],
    ['blank lines', bytesOf('\n\n\n')],
    ['CR line ends', bytesOf('\r\r\r')],
    ['tabs and non-breaking spaces', bytesOf('\t \u00a0\r\n \u00a0\n')],
    ['paragraph tags', bytesOf('<p>\n</p>\n')],
  ])('(%s) is reported as an empty fiche at line 1', (_, bytes) => {
    const files = [{ path: 'vide.md', bytes }];
    const result = compileFiches(files);
    expectSoundOutcome(files, result);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(['vide.md:1: erreur: fiche vide']);
  });
});

// ---- 10,000 files -------------------------------------------------------------------------------

/** Small fiches that name each other: métier i recommends formation i, which names it back. */
function smallCatalogue(count: number): SourceFile[] {
  const files: SourceFile[] = [];
  for (let i = 0; i < count / 2; i++) {
    files.push({
      path: `metier-${i}.md`,
      bytes: bytesOf(
        `# métier ${i}\n**ID:** MET.${i}\n**Niveau d'accès minimum:** bac + 2\n\n## Présentation\n\nUn métier.\n\n## Formations recommandées\n\n- BTS ${i} (ID: FOR.${i})\n\n## Centres d'intérêt\n\n- j'aime bouger\n`,
      ),
    });
    files.push({
      path: `formation-${i}.md`,
      bytes: bytesOf(
        `${FORMATION_HEAD.replace('CAP plombier', `BTS ${i}`)}\n## Métiers associés\n\n- métier ${i}\n`,
      ),
    });
  }
  return files;
}

describe('a folder of 10,000 files', () => {
  it('of small fiches that name each other compiles and links in linear time', () => {
    const small = compileTimed(smallCatalogue(2_500));
    const files = smallCatalogue(10_000);
    const { result, ms } = compileTimed(files);
    if (REPORT) console.info(`10,000 files: ${ms.toFixed(0)} ms (2,500 files: ${small.ms.toFixed(0)} ms)`);
    expect(result.errors).toBe(0);
    expect(result.records).toHaveLength(10_000);
    expect(result.unresolved).toBe(0);
    const formation = result.records.find((r) => r.id === 'FOR.4999')!;
    expect(formation.kind === 'formation' && formation.derivedInterests).toEqual(["J'aime bouger"]);
    expect(ms).toBeLessThan(10_000);
    expect(subquadratic(small.ms, ms, 4), `2,500 files: ${small.ms} ms, 10,000 files: ${ms} ms`).toBe(true);
    expectSoundOutcome(files, result);
  });

  it('that all hold the same fiche reports each duplicate in a message of bounded length', () => {
    const bytes = bytesOf(`${METIER_HEAD}\n## Présentation\n\nTexte.\n`);
    const files = Array.from({ length: 10_000 }, (_, i) => ({ path: `copie-${i}.md`, bytes }));
    const { result, ms } = compileTimed(files);
    if (REPORT) console.info(`10,000 copies: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(10_000);
    expect(result.errors).toBe(10_000);
    expect(formatDiagnostic(result.diagnostics[0]!)).toBe(
      'copie-0.md:1: erreur: identifiant « MET.1 » en double (aussi : copie-1.md, copie-2.md, copie-3.md et 9996 autre(s))',
    );
    expect(result.diagnostics.every((d) => d.message.length < 200)).toBe(true);
  });
});
