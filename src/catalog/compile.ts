// Fiche files → linked records and every problem found, for all files at once.
import { decodeFiche } from './decode';
import { KIND_LIST } from './kinds';
import { sortDiagnostics, type Diagnostic } from './diagnostics';
import { linkFiches } from './link';
import { parseFiche, type ParsedFiche } from './parse-fiche';
import type { Fiche } from './schema';

export interface SourceFile {
  /** The path shown in messages. */
  path: string;
  bytes: Uint8Array;
}

export interface CompileResult {
  records: Fiche[];
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
  unresolved: number;
}

const collator = new Intl.Collator('fr', { numeric: true });

const KIND_ORDER = KIND_LIST.map((k) => k.kind);

/** Métiers first, then formations (KIND_LIST), each in natural id order: stable from build to build. */
export function compareRecords(a: Fiche, b: Fiche): number {
  if (a.kind !== b.kind) return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
  return collator.compare(a.id, b.id);
}

export function compileFiches(files: SourceFile[]): CompileResult {
  const diagnostics: Diagnostic[] = [];
  const parsed: ParsedFiche[] = [];
  for (const file of files) {
    const decoded = decodeFiche(file.bytes);
    if (!decoded.ok) {
      diagnostics.push({ file: file.path, line: decoded.line, severity: 'error', message: decoded.message });
      continue;
    }
    const result = parseFiche(file.path, decoded.text);
    // One push per message: spreading a hostile fiche's 100,000 warnings as arguments overflows the stack.
    for (const d of result.diagnostics) diagnostics.push(d);
    if (result.fiche) parsed.push(result.fiche);
  }
  const linked = linkFiches(parsed);
  for (const d of linked.diagnostics) diagnostics.push(d);
  const sorted = sortDiagnostics(diagnostics);
  return {
    records: linked.records.sort(compareRecords),
    diagnostics: sorted,
    errors: sorted.filter((d) => d.severity === 'error').length,
    warnings: sorted.filter((d) => d.severity === 'warning').length,
    unresolved: linked.unresolved,
  };
}
