// Hostile fiches for the compiler's robustness tests: what the compiler must guarantee on any
// input (checkOutcome), and mutations of real fiches as fast-check generates them.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { CompileResult, SourceFile } from '../catalog/compile';
import { formatDiagnostic } from '../catalog/diagnostics';
import { FicheSchema } from '../catalog/schema';

const encoder = new TextEncoder();
const lossy = new TextDecoder();

export function bytesOf(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Lines of a file as the parser counts them (\n, \r\n or a lone \r end a line); at least 1. */
export function lineCount(bytes: Uint8Array): number {
  return lossy.decode(bytes).split(/\r\n|\r|\n/).length;
}

/**
 * What the compiler owes every input, however broken: each file compiles or has an error, every
 * message is one `path:line: …` line pointing inside its file, and every record fits the schema.
 * Returns the problems found rather than asserting one by one, so a property can report them all.
 */
export function outcomeProblems(files: SourceFile[], result: CompileResult): string[] {
  const problems: string[] = [];
  // Counted once per file: a hostile file can have as many messages as lines.
  const lineCounts = new Map<string, number>();
  const linesOf = (file: SourceFile) => {
    if (!lineCounts.has(file.path)) lineCounts.set(file.path, lineCount(file.bytes));
    return lineCounts.get(file.path)!;
  };
  const byPath = new Map(files.map((f) => [f.path, f]));
  const erroneous = new Set<string>();
  for (const d of result.diagnostics) {
    const file = byPath.get(d.file);
    if (!file) {
      problems.push(`message about an unknown file: ${formatDiagnostic(d)}`);
      continue;
    }
    const lines = linesOf(file);
    if (!Number.isInteger(d.line) || d.line < 1 || d.line > lines) {
      problems.push(`line outside the file (1..${lines}): ${formatDiagnostic(d)}`);
    }
    if (d.message.trim() === '' || /[\r\n]/.test(d.message)) {
      problems.push(`empty or multi-line message: ${JSON.stringify(formatDiagnostic(d))}`);
    }
    if (d.severity === 'error') erroneous.add(d.file);
  }
  const compiled = new Set<string>();
  for (const record of result.records) {
    compiled.add(record.source.file);
    const parsed = FicheSchema.safeParse(record);
    if (!parsed.success) {
      problems.push(`${record.source.file}: record does not fit the schema: ${parsed.error.message}`);
    }
  }
  for (const file of files) {
    if (!compiled.has(file.path) && !erroneous.has(file.path)) {
      problems.push(`${file.path}: neither compiled nor reported as an error`);
    }
  }
  // One file alone cannot clash with another: it compiles exactly when it has no error.
  if (files.length === 1 && compiled.size > 0 && erroneous.size > 0) {
    problems.push(`${files[0]!.path}: compiled despite its errors`);
  }
  if (result.errors !== result.diagnostics.filter((d) => d.severity === 'error').length) {
    problems.push('error count does not match the messages');
  }
  return problems;
}

export function expectSoundOutcome(files: SourceFile[], result: CompileResult) {
  expect(outcomeProblems(files, result)).toEqual([]);
}

// ---- Mutations of real fiches -------------------------------------------------------------

/** Byte sequences that are not UTF-8: stray continuation, overlong, surrogate, cut, beyond U+10FFFF. */
export const INVALID_UTF8: readonly number[][] = [
  [0x80],
  [0xbf],
  [0xc0, 0x80],
  [0xc1, 0xbf],
  [0xe0, 0x80, 0x80],
  [0xed, 0xa0, 0x80],
  [0xe2, 0x82],
  [0xf0, 0x9f, 0x98],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf5],
  [0xfe],
  [0xff],
];

/** Lines that mean something to the parser: inserted anywhere, they confuse its structure. */
export const FORMAT_LINES: readonly string[] = [
  '',
  '# titre',
  '#',
  '## ',
  '**ID:** MET.1',
  '**ID:** MET.',
  '**ID:**',
  '## Informations générales',
  '**Type:** CAP',
  '**Durée:** 2 ans',
  '**Durée:** 99999999999999999999 ans',
  '**Niveau de certification:** niveau 4',
  "**Niveau d'accès minimum:** bac + 2",
  '**Statuts possibles:**',
  '**Lien:** [x](https://example.org)',
  '**Lien:** [',
  '**:**',
  '****',
  '## Formations recommandées',
  '## Métiers associés',
  "## Centres d'intérêt",
  '## Autres appellations',
  '### Salaire du débutant',
  'A partir de 1 801 euros brut par mois',
  '- ',
  '-',
  '- x (ID: FOR.1)',
  '- (ID: FOR.2)',
  '- Féminin: x',
  '- Masculin:',
  "- j'aime bouger",
  '<p>',
  '</p>',
  '<br/>',
  '\ufeff',
  '\u00a0',
];

const WHITESPACE = [' ', '\t', '\u00a0'];

export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'deleteLines'; at: number; count: number }
  | { kind: 'duplicateLines'; at: number; count: number; times: number }
  | { kind: 'moveLine'; from: number; to: number }
  | { kind: 'deleteSection'; at: number }
  | { kind: 'duplicateSection'; at: number }
  | { kind: 'shuffleSections'; keys: number[] }
  | { kind: 'heading'; at: number; level: number; indent: string }
  | { kind: 'indent'; at: number; indent: string }
  | { kind: 'insertBytes'; at: number; bytes: number[] }
  | { kind: 'insertLine'; at: number; line: string }
  | { kind: 'lineEndings'; ending: '\r\n' | '\r' }
  | { kind: 'bom' };

const position = fc.nat({ max: 1_000_000 });
const indent = fc.array(fc.constantFrom(...WHITESPACE), { maxLength: 40 }).map((chars) => chars.join(''));

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate'), at: position }),
  fc.record({ kind: fc.constant('deleteLines'), at: position, count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({
    kind: fc.constant('duplicateLines'),
    at: position,
    count: fc.integer({ min: 1, max: 10 }),
    times: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({ kind: fc.constant('moveLine'), from: position, to: position }),
  fc.record({ kind: fc.constant('deleteSection'), at: position }),
  fc.record({ kind: fc.constant('duplicateSection'), at: position }),
  fc.record({ kind: fc.constant('shuffleSections'), keys: fc.array(fc.nat(), { maxLength: 20 }) }),
  fc.record({ kind: fc.constant('heading'), at: position, level: fc.integer({ min: 1, max: 7 }), indent }),
  fc.record({ kind: fc.constant('indent'), at: position, indent }),
  fc.record({
    kind: fc.constant('insertBytes'),
    at: position,
    bytes: fc.oneof(
      fc.constantFrom(...INVALID_UTF8),
      fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }),
    ),
  }),
  fc.record({ kind: fc.constant('insertLine'), at: position, line: fc.constantFrom(...FORMAT_LINES) }),
  fc.record({ kind: fc.constant('lineEndings'), ending: fc.constantFrom('\r\n' as const, '\r' as const) }),
  fc.record({ kind: fc.constant('bom') }),
);

function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  lines.push(bytes.subarray(start));
  return lines;
}

function joinLines(lines: Uint8Array[], ending: Uint8Array = bytesOf('\n')): Uint8Array {
  const parts: number[] = [];
  lines.forEach((line, i) => {
    if (i > 0) parts.push(...ending);
    for (const b of line) parts.push(b);
  });
  return Uint8Array.from(parts);
}

function concat(...chunks: ArrayLike<number>[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Sections as the format has them: a block of lines that starts with `## ` at column 0. */
function splitSections(lines: Uint8Array[]): Uint8Array[][] {
  const sections: Uint8Array[][] = [[]];
  for (const line of lines) {
    if (line[0] === 0x23 && line[1] === 0x23 && line[2] === 0x20) sections.push([]);
    sections.at(-1)!.push(line);
  }
  return sections;
}

/** Strips indentation and heading marks (ASCII spaces, tabs, NBSP, `#`) from the start of a line. */
function stripHeading(line: Uint8Array): Uint8Array {
  let i = 0;
  while (i < line.length) {
    if (line[i] === 0x20 || line[i] === 0x09 || line[i] === 0x23) i++;
    else if (line[i] === 0xc2 && line[i + 1] === 0xa0) i += 2;
    else break;
  }
  return line.subarray(i);
}

export function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const lines = splitLines(bytes);
  const line = (at: number) => at % lines.length;
  const gap = (at: number) => at % (lines.length + 1);
  switch (m.kind) {
    case 'truncate':
      return bytes.slice(0, m.at % (bytes.length + 1));
    case 'deleteLines':
      lines.splice(line(m.at), m.count);
      return joinLines(lines);
    case 'duplicateLines': {
      const from = line(m.at);
      const copy = lines.slice(from, from + m.count);
      lines.splice(from, 0, ...Array.from({ length: m.times }, () => copy).flat());
      return joinLines(lines);
    }
    case 'moveLine': {
      const [moved] = lines.splice(line(m.from), 1);
      lines.splice(gap(m.to), 0, moved!);
      return joinLines(lines);
    }
    case 'deleteSection':
    case 'duplicateSection': {
      const sections = splitSections(lines);
      const at = m.at % sections.length;
      if (m.kind === 'deleteSection') sections.splice(at, 1);
      else sections.splice(at, 0, sections[at]!);
      return joinLines(sections.flat());
    }
    case 'shuffleSections': {
      const sections = splitSections(lines);
      const key = (i: number) => m.keys[i % Math.max(1, m.keys.length)] ?? i;
      const order = sections.map((_, i) => i).sort((a, b) => key(a) - key(b) || a - b);
      return joinLines(order.map((i) => sections[i]!).flat());
    }
    case 'heading': {
      const at = line(m.at);
      lines[at] = concat(bytesOf(`${m.indent}${'#'.repeat(m.level)} `), stripHeading(lines[at]!));
      return joinLines(lines);
    }
    case 'indent': {
      const at = line(m.at);
      lines[at] = concat(bytesOf(m.indent), lines[at]!);
      return joinLines(lines);
    }
    case 'insertBytes': {
      const at = m.at % (bytes.length + 1);
      return concat(bytes.subarray(0, at), m.bytes, bytes.subarray(at));
    }
    case 'insertLine':
      lines.splice(gap(m.at), 0, bytesOf(m.line));
      return joinLines(lines);
    case 'lineEndings':
      return joinLines(lines, bytesOf(m.ending));
    case 'bom':
      return concat([0xef, 0xbb, 0xbf], bytes);
  }
}
