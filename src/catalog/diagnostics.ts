/** A problem found in a fiche, located by file and line (1-based) for `path:line: message`. */
export interface Diagnostic {
  file: string;
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity === 'error' ? 'erreur' : 'avertissement'}: ${d.message}`;
}

/** Sorts by file, then line, so that messages read in the order of the sources. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}
