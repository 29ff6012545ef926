// What a valid index holds beyond the type of each value: the columns agree. Shared by the
// public schema (index-schema.ts) and the app's own check (index-check.ts), without zod.
import { COLUMN_NAMES, INDEX_COLUMNS, type CatalogIndex } from './index-columns';

/** The index, as far as this check needs it: its values are already of the right types. */
type IndexColumns = Pick<CatalogIndex, 'vocab' | 'kind' | 'leadSummaries'> &
  Record<(typeof COLUMN_NAMES)[number], unknown[]>;

const within = (values: unknown, limit: number): boolean =>
  Array.isArray(values)
    ? values.every((v) => within(v, limit))
    : values === null || (typeof values === 'number' && values >= 0 && values < limit);

export function indexProblem(index: IndexColumns): string | null {
  const size = index.id.length;
  if (index.kind.length !== size) return `kind : ${index.kind.length} valeurs pour ${size} fiches`;
  for (const name of COLUMN_NAMES) {
    const column = index[name];
    if (column.length !== size) return `${name} : ${column.length} valeurs pour ${size} fiches`;
    // Positions in a vocabulary, or in the index itself, must point at something.
    const refersTo = INDEX_COLUMNS[name].refersTo;
    if (refersTo === undefined) continue;
    const limit = refersTo === 'fiches' ? size : index.vocab[refersTo].length;
    if (!within(column, limit))
      return `${name} : ${refersTo === 'fiches' ? 'fiche hors du catalogue' : `valeur hors du vocabulaire ${refersTo}`}`;
  }
  if (
    !within(
      index.leadSummaries.map(([at]) => at),
      size,
    )
  )
    return 'leadSummaries : fiche hors du catalogue';
  return null;
}
