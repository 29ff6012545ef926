// The compact index as the app uses it: one entry per fiche, its columns read back
// (index-columns.ts), and the links between fiches both ways.
import {
  COLUMN_NAMES,
  INDEX_COLUMNS,
  type CatalogIndex,
  type EntryColumns,
  type VocabularyName,
} from './index-columns';
import { KIND_LIST, kindOfCode } from './kinds';
import type { Kind } from './schema';
import { slugify } from './text';

export interface CatalogEntry extends EntryColumns {
  /** Position in the index: what bitsets and the search index refer to. */
  index: number;
  kind: Kind;
}

export interface Vocabulary {
  /** Display label → URL value, and back. */
  labels: string[];
  slugOf: Map<string, string>;
  labelOf: Map<string, string>;
}

export interface Catalog extends Record<VocabularyName, Vocabulary> {
  entries: CatalogEntry[];
  /** The entries of each kind, in index order. */
  ofKind: Record<Kind, CatalogEntry[]>;
  /** Fiches that link to each fiche (the reverse of `related`). */
  linkedFrom: number[][];
  find(kind: Kind, id: string): CatalogEntry | undefined;
  /** The summaries that came with the index (the first screen of each list), by entry index. */
  leadSummaries: Map<number, string>;
}

function vocabulary(labels: string[]): Vocabulary {
  const slugOf = new Map(labels.map((l) => [l, slugify(l)]));
  return { labels, slugOf, labelOf: new Map(labels.map((l) => [slugify(l), l])) };
}

export function hydrateCatalog(index: CatalogIndex): Catalog {
  const { vocab } = index;
  const entries: CatalogEntry[] = index.id.map((_, i) => {
    const entry = { index: i, kind: kindOfCode(index.kind[i]!) } as Record<string, unknown>;
    for (const name of COLUMN_NAMES) {
      const read = INDEX_COLUMNS[name].read as (stored: unknown, v: typeof vocab) => unknown;
      entry[name] = read(index[name][i], vocab);
    }
    return entry as unknown as CatalogEntry;
  });
  const linkedFrom: number[][] = entries.map(() => []);
  for (const entry of entries) for (const target of entry.related) linkedFrom[target]!.push(entry.index);
  const byKey = new Map(entries.map((e) => [`${e.kind}/${e.id}`, e]));
  return {
    entries,
    ofKind: Object.fromEntries(
      KIND_LIST.map(({ kind }) => [kind, entries.filter((e) => e.kind === kind)]),
    ) as Catalog['ofKind'],
    interests: vocabulary(vocab.interests),
    statuses: vocabulary(vocab.statuses),
    types: vocabulary(vocab.types),
    linkedFrom,
    find: (kind, id) => byKey.get(`${kind}/${id}`),
    leadSummaries: new Map(index.leadSummaries),
  };
}
