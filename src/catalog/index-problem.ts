// What a valid index holds beyond the shape of each column: the columns agree. Shared by the
// public schema (schema.ts) and the app's own check (index-check.ts), without zod.

/** The columns of the index, as far as this check needs them. */
export interface IndexColumns {
  vocab: { interests: unknown[]; statuses: unknown[]; types: unknown[] };
  kind: string;
  id: unknown[];
  interests: number[][];
  statuses: number[][];
  type: (number | null)[];
  related: number[][];
  leadSummaries: [number, string][];
}

export function indexProblem(index: IndexColumns): string | null {
  const size = index.id.length;
  if (index.kind.length !== size) return `kind : ${index.kind.length} valeurs pour ${size} fiches`;
  for (const [name, column] of Object.entries(index)) {
    // Every column has a value per fiche (leadSummaries is a list of its own).
    if (name !== 'leadSummaries' && Array.isArray(column) && column.length !== size)
      return `${name} : ${column.length} valeurs pour ${size} fiches`;
  }
  const within = (values: (number | null)[], limit: number) =>
    values.every((v) => v === null || (v >= 0 && v < limit));
  if (!index.interests.every((list) => within(list, index.vocab.interests.length)))
    return "interests : centre d'intérêt inconnu";
  if (!index.statuses.every((list) => within(list, index.vocab.statuses.length)))
    return 'statuses : statut inconnu';
  if (!within(index.type, index.vocab.types.length)) return 'type : type inconnu';
  if (!index.related.every((list) => within(list, size))) return 'related : fiche hors du catalogue';
  if (
    !within(
      index.leadSummaries.map(([at]) => at),
      size,
    )
  )
    return 'leadSummaries : fiche hors du catalogue';
  return null;
}
