// Linked records → the files the app loads: a compact index first, then the summaries of the
// result cards, and the full fiches in chunks.
import {
  COLUMN_NAMES,
  INDEX_COLUMNS,
  LEAD_SUMMARIES,
  VOCABULARIES,
  type CatalogIndex,
  type StoredColumns,
  type VocabularyName,
  type WriteContext,
} from './index-columns';
import { KIND_LIST, KINDS } from './kinds';
import type { Chunk, Fiche, Manifest, Summaries, TextTable } from './schema';
import { fnv1a, slugify } from './text';
import { IDEO, type DataSource } from './source';

export interface BundleFile {
  name: string;
  content: string;
}

export interface Bundle {
  manifest: Manifest;
  /** Every data file, the manifest excepted; each name carries a hash of its content. */
  files: BundleFile[];
  index: BundleFile;
  summaries: BundleFile;
  chunks: BundleFile[];
  /** The shards of the full-text index. */
  text: BundleFile[];
  indexBytes: number;
}

/** The full-text index as its writer gives it (search/text-index-writer.ts): table and shards. */
export interface WrittenText {
  table: Omit<TextTable, 'shards'>;
  shards: string[];
}

/** No full-text index: searches then find titles only. */
export const NO_TEXT: WrittenText = {
  table: { version: 1, sections: [], keys: [], files: [], maxWeight: 1 },
  shards: [],
};

/** Raw JSON size a detail chunk aims at (~30 KB gzip): one fetch opens a fiche on weak wifi. */
export const CHUNK_TARGET_BYTES = 128 * 1024;

const collator = new Intl.Collator('fr');

/**
 * The distinct labels of a vocabulary, sorted. Labels that differ only in case, accents or
 * punctuation (two spellings of one unknown centre d'intérêt) become one, shown as first
 * sorted: the app identifies a value by its slug, which they share.
 */
function vocabulary(values: Iterable<string>): { list: string[]; position: Map<string, number> } {
  const distinct = [...new Set(values)];
  const bySlug = new Map<string, string>();
  for (const label of [...distinct].sort(collator.compare)) {
    if (!bySlug.has(slugify(label))) bySlug.set(slugify(label), label);
  }
  const list = [...bySlug.values()];
  const at = new Map(list.map((label, i) => [label, i]));
  const position = new Map<string, number>();
  for (const label of distinct) position.set(label, at.get(bySlug.get(slugify(label))!)!);
  return { list, position };
}

// The order of the lists of the app (KindExplorer) when nothing is chosen: by title.
const titleOrder = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

function leadSummaries(records: Fiche[]): [number, string][] {
  const lead: [number, string][] = [];
  for (const { kind } of KIND_LIST) {
    const positions = records.flatMap((r, i) => (r.kind === kind ? [i] : []));
    positions.sort((a, b) => titleOrder.compare(records[a]!.title, records[b]!.title));
    for (const at of positions.slice(0, LEAD_SUMMARIES)) lead.push([at, records[at]!.summary]);
  }
  return lead;
}

/**
 * Chunks are buckets of a hash of the id, their number a power of two: editing a fiche changes
 * one chunk, and adding fiches rarely moves the others, so caches keep what did not change.
 */
function assignChunks(records: Fiche[]): { buckets: number[]; count: number } {
  const total = records.reduce((sum, r) => sum + JSON.stringify(r).length, 0);
  const count = 2 ** Math.max(0, Math.ceil(Math.log2(total / CHUNK_TARGET_BYTES)));
  return { buckets: records.map((r) => fnv1a(r.id) % count), count };
}

export function buildBundle(
  records: Fiche[],
  hash: (content: string) => string,
  source: DataSource = IDEO,
  text: WrittenText = NO_TEXT,
): Bundle {
  const vocabularies = (Object.keys(VOCABULARIES) as VocabularyName[]).map(
    (name) => [name, vocabulary(records.flatMap(VOCABULARIES[name]))] as const,
  );

  const { buckets, count } = assignChunks(records);
  const used = [...new Set(buckets)].sort((a, b) => a - b);
  const chunkOf = new Map(used.map((bucket, i) => [bucket, i]));

  const context: WriteContext = {
    vocabulary: Object.fromEntries(
      vocabularies.map(([name, v]) => [name, v.position]),
    ) as WriteContext['vocabulary'],
    position: new Map(records.map((r, i) => [r.id, i])),
    chunkOf: (at) => chunkOf.get(buckets[at]!)!,
  };
  const columns = Object.fromEntries(
    COLUMN_NAMES.map((name) => [name, records.map((r, at) => INDEX_COLUMNS[name].write(r, at, context))]),
  ) as unknown as StoredColumns;
  const index: CatalogIndex = {
    version: 1,
    vocab: Object.fromEntries(vocabularies.map(([name, v]) => [name, v.list])) as CatalogIndex['vocab'],
    kind: records.map((r) => KINDS[r.kind].code).join(''),
    ...columns,
    leadSummaries: leadSummaries(records),
  };

  const chunkFiles: BundleFile[] = [];
  const chunkNames: string[] = [];
  const width = String(count - 1).length;
  const members = new Map<number, Fiche[]>(used.map((bucket) => [bucket, []]));
  records.forEach((record, i) => members.get(buckets[i]!)!.push(record));
  for (const bucket of used) {
    const chunk: Chunk = { records: members.get(bucket)! };
    const content = JSON.stringify(chunk);
    const name = `fiches-${String(bucket).padStart(width, '0')}.${hash(content)}.json`;
    chunkNames.push(name);
    chunkFiles.push({ name, content });
  }
  const indexContent = JSON.stringify(index);
  const indexName = `index.${hash(indexContent)}.json`;
  const summaries: Summaries = { version: 1, summary: records.map((r) => r.summary) };
  const summariesContent = JSON.stringify(summaries);
  const summariesName = `summaries.${hash(summariesContent)}.json`;
  const indexFile = { name: indexName, content: indexContent };
  const summariesFile = { name: summariesName, content: summariesContent };
  const textWidth = String(text.shards.length - 1).length;
  const textFiles = text.shards.map((content, i) => ({
    name: `texte-${String(i).padStart(textWidth, '0')}.${hash(content)}.json`,
    content,
  }));
  const files = [indexFile, summariesFile, ...chunkFiles, ...textFiles];

  const manifest: Manifest = {
    version: 1,
    dataVersion: hash(files.map((f) => f.name).join('\n')),
    index: indexName,
    summaries: summariesName,
    chunks: chunkNames,
    text: { ...text.table, shards: textFiles.map((f) => f.name) },
    counts: Object.fromEntries(
      KIND_LIST.map(({ kind }) => [kind, records.filter((r) => r.kind === kind).length]),
    ) as Manifest['counts'],
    source,
  };
  return {
    manifest,
    files,
    index: indexFile,
    summaries: summariesFile,
    chunks: chunkFiles,
    text: textFiles,
    indexBytes: indexContent.length,
  };
}
