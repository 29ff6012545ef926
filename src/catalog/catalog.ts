// The compact index as the app uses it: one entry per fiche, with its facet values resolved.
import type { CatalogIndex, Kind } from './schema';
import { slugify } from './text';

/**
 * How many fiches of each kind get their summary in the index, and how many cards a list shows
 * in its first paint: more than one screen holds, so the first screen is whole at once.
 */
export const LEAD_SUMMARIES = 12;

export interface CatalogEntry {
  /** Position in the index: what bitsets and the search index refer to. */
  index: number;
  kind: Kind;
  id: string;
  title: string;
  level: number | null;
  levelLabel: string | null;
  durationYears: number | null;
  interests: string[];
  statuses: string[];
  type: string | null;
  sigle: string | null;
  /** Feminine, masculine and other names (métiers). */
  names: string[];
  /** Positions of the fiches this one links to. */
  related: number[];
  unresolved: number;
  salary: number | null;
  chunk: number;
}

export interface Vocabulary {
  /** Display label → URL value, and back. */
  labels: string[];
  slugOf: Map<string, string>;
  labelOf: Map<string, string>;
}

export interface Catalog {
  entries: CatalogEntry[];
  metiers: CatalogEntry[];
  formations: CatalogEntry[];
  interests: Vocabulary;
  statuses: Vocabulary;
  types: Vocabulary;
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
  const entries: CatalogEntry[] = index.id.map((id, i) => ({
    index: i,
    kind: index.kind[i] === 'm' ? 'metier' : 'formation',
    id,
    title: index.title[i]!,
    level: index.level[i] ?? null,
    levelLabel: index.levelLabel[i] ?? null,
    durationYears: index.durationYears[i] ?? null,
    interests: index.interests[i]!.map((k) => vocab.interests[k]!),
    statuses: index.statuses[i]!.map((k) => vocab.statuses[k]!),
    type: index.type[i] != null ? vocab.types[index.type[i]!]! : null,
    sigle: index.sigle[i] ?? null,
    names: index.names[i]!,
    related: index.related[i]!,
    unresolved: index.unresolved[i]!,
    salary: index.salary[i] ?? null,
    chunk: index.chunk[i]!,
  }));
  const linkedFrom: number[][] = entries.map(() => []);
  for (const entry of entries) for (const target of entry.related) linkedFrom[target]!.push(entry.index);
  const byKey = new Map(entries.map((e) => [`${e.kind}/${e.id}`, e]));
  return {
    entries,
    metiers: entries.filter((e) => e.kind === 'metier'),
    formations: entries.filter((e) => e.kind === 'formation'),
    interests: vocabulary(vocab.interests),
    statuses: vocabulary(vocab.statuses),
    types: vocabulary(vocab.types),
    linkedFrom,
    find: (kind, id) => byKey.get(`${kind}/${id}`),
    leadSummaries: new Map(index.leadSummaries),
  };
}
