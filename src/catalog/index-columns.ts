// The compact index's columns, declared once. Each says what type its values have, how the
// compiler writes one from a record, and how an entry of the app reads it back; the writer
// (bundle.ts), the fast check (index-check.ts), the public schema (index-schema.ts) and the hydration
// (catalog.ts) all walk this table. Adding a column is one line here (and its tests).
//
// Columnar (one array per field, aligned by position) because it compresses far better than an
// array of objects. Vocabulary columns hold positions in `vocab`; `related` holds positions in
// the index itself. No zod here: this module is on the app's start-up path.
import type { Fiche } from './schema';

// ── The types of stored values: a tiny description from which checks and schemas are made ──

export type ValueType =
  | { readonly type: 'string' }
  | { readonly type: 'int' }
  | { readonly type: 'number' }
  /** A level of the national framework, 3 to 8. */
  | { readonly type: 'level' }
  | { readonly type: 'nullable'; readonly of: ValueType }
  | { readonly type: 'list'; readonly of: ValueType };

export const string = { type: 'string' } as const;
export const int = { type: 'int' } as const;
export const number = { type: 'number' } as const;
export const level = { type: 'level' } as const;
export const nullable = <T extends ValueType>(of: T) => ({ type: 'nullable', of }) as const;
export const listOf = <T extends ValueType>(of: T) => ({ type: 'list', of }) as const;

/** The TypeScript type of the values a `ValueType` describes. */
export type ValueOf<T> = T extends { type: 'string' }
  ? string
  : T extends { type: 'int' | 'number' | 'level' }
    ? number
    : T extends { type: 'nullable'; of: infer O }
      ? ValueOf<O> | null
      : T extends { type: 'list'; of: infer O }
        ? ValueOf<O>[]
        : never;

// ── The vocabularies: labels stored once, referred to by position ──

/** A formation's facet is the centres d'intérêt of the métiers it leads to. */
const interestsOf = (r: Fiche) =>
  r.kind === 'formation' ? [...r.interests, ...r.derivedInterests] : r.interests;

export const VOCABULARIES = {
  interests: interestsOf,
  statuses: (r: Fiche) => r.statuses,
  types: (r: Fiche) => (r.kind === 'formation' ? [r.type] : []),
} as const;
export type VocabularyName = keyof typeof VOCABULARIES;
export type Vocabularies = Record<VocabularyName, string[]>;

/** What the writer knows beyond one record. */
export interface WriteContext {
  /** Label → position in each vocabulary. */
  vocabulary: Record<VocabularyName, Map<string, number>>;
  /** Id → position in the index. */
  position: Map<string, number>;
  /** Record position → its detail chunk. */
  chunkOf: (at: number) => number;
}

interface Column<T extends ValueType, Read> {
  type: T;
  /** Positions this column's numbers point at: a vocabulary, or the index's own fiches. */
  refersTo?: VocabularyName | 'fiches';
  write(record: Fiche, at: number, context: WriteContext): ValueOf<T>;
  read(stored: ValueOf<T>, vocab: Vocabularies): Read;
}

const unchanged = (stored: unknown) => stored;

/**
 * A column of values of `type`: `column(type)(write, read?, refersTo?)`. (In two calls so that
 * the type is known before the functions are read: inferring it from them, through `ValueOf`,
 * sends the compiler into an endless descent.)
 */
const column =
  <T extends ValueType>(type: T) =>
  <Read = ValueOf<T>>(
    write: Column<T, Read>['write'],
    read?: Column<T, Read>['read'],
    refersTo?: Column<T, Read>['refersTo'],
  ): Column<T, Read> => ({ type, write, read: read ?? (unchanged as Column<T, Read>['read']), refersTo });

/** A list of labels of a vocabulary, stored as their positions (each once). */
const labels = (name: VocabularyName, of: (r: Fiche) => string[]) =>
  column(listOf(int))(
    (r, _at, context) => [...new Set(of(r).map((label) => context.vocabulary[name].get(label)!))],
    (stored, vocab): string[] => stored.map((k) => vocab[name][k]!),
    name,
  );

/** Feminine, masculine and other names of métiers, minus those equal to the title. */
function otherNames(record: Fiche): string[] {
  if (record.kind !== 'metier') return [];
  const names = [
    record.feminine,
    record.masculine,
    ...record.otherNames.flatMap((o) => [o.title, o.feminine, o.masculine]),
  ];
  const seen = new Set([record.title]);
  const out: string[] = [];
  for (const name of names) {
    if (name && !seen.has(name)) {
      seen.add(name);
      out.push(name);
    }
  }
  return out;
}

export const INDEX_COLUMNS = {
  id: column(string)((r) => r.id),
  title: column(string)((r) => r.title),
  /** National level 3–8, or null when none or unknown. */
  level: column(nullable(level))((r) => r.level),
  /** The source's own label for the level: "bac + 2", "niveau 5", "non inscrit au RNCP". */
  levelLabel: column(nullable(string))((r) => r.levelLabel),
  /** Formation: its stated duration. Métier: minimum years of study after 3e. */
  durationYears: column(nullable(number))((r) => r.durationYears),
  interests: labels('interests', interestsOf),
  statuses: labels('statuses', (r) => r.statuses),
  type: column(nullable(int))(
    (r, _at, { vocabulary }) => (r.kind === 'formation' ? vocabulary.types.get(r.type)! : null),
    (stored, vocab): string | null => (stored === null ? null : vocab.types[stored]!),
    'types',
  ),
  sigle: column(nullable(string))((r) => (r.kind === 'formation' ? r.sigle : null)),
  /** Feminine, masculine and other names (métiers). */
  names: column(listOf(string))(otherNames),
  /** Positions of the fiches this one links to. */
  related: column(listOf(int))(
    (r, _at, { position }) => r.related.flatMap((ref) => (ref.id !== null ? [position.get(ref.id)!] : [])),
    undefined,
    'fiches',
  ),
  /** How many references of the fiche point outside the catalogue. */
  unresolved: column(int)((r) => r.related.filter((ref) => ref.id === null).length),
  /** The lowest starting salary the fiche states, gross € per month. */
  salary: column(nullable(int))((r) =>
    r.kind === 'metier' ? (r.startingSalary?.eurosPerMonth ?? null) : null,
  ),
  /** The detail chunk that holds the whole fiche. */
  chunk: column(int)((_r, at, { chunkOf }) => chunkOf(at)),
};

export type ColumnName = keyof typeof INDEX_COLUMNS;
type Columns = typeof INDEX_COLUMNS;
type StoredOf<C extends { type: ValueType }> = ValueOf<C['type']>;
type ReadOf<C> = C extends { read: (...args: never[]) => infer R } ? R : never;

/** The stored columns: one array per column, a value per fiche. */
export type StoredColumns = { [K in ColumnName]: StoredOf<Columns[K]>[] };
/** What an entry of the app holds of each column. */
export type EntryColumns = { [K in ColumnName]: ReadOf<Columns[K]> };

export const COLUMN_NAMES = Object.keys(INDEX_COLUMNS) as ColumnName[];

/** How many fiches of each kind get their summary in the index (see `leadSummaries`). */
export const LEAD_SUMMARIES = 12;

/** The whole index file: the columns, and what is not a value per fiche. */
export interface CatalogIndex extends StoredColumns {
  version: 1;
  vocab: Vocabularies;
  /** One letter per fiche, its kind's code (kinds.ts). */
  kind: string;
  /**
   * The summaries of the first fiches of each list in its default (title) order, [position,
   * summary]: the first screen of /metiers and /formations is whole at once; the other
   * summaries come after the first results (summaries file).
   */
  leadSummaries: [number, string][];
}
