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
import type { Fiche, Manifest, Summaries, TextTable } from './schema';
import { fnv1a, slugify } from './text';
import { IDEO, type DataSource } from './source';

export interface BundleFile {
  name: string;
  /** Text, or UTF-8 bytes for the fiches' chunks (see bundleFiches). */
  content: string | Uint8Array;
}

/** A file the tests and the compiler's report read as text. */
export interface TextFile {
  name: string;
  content: string;
}

/** A file's content as text. */
export function fileText(file: BundleFile): string {
  return typeof file.content === 'string' ? file.content : new TextDecoder().decode(file.content);
}

/** A hash of a file's content, for its name. */
export type ContentHash = (content: string | Uint8Array) => string;

export interface Bundle {
  manifest: Manifest;
  /** Every data file, the manifest excepted; each name carries a hash of its content. */
  files: BundleFile[];
  index: TextFile;
  summaries: TextFile;
  chunks: BundleFile[];
  /** The shards of the full-text index. */
  text: TextFile[];
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
 * `json`: each record as JSON (measured here, then written as is).
 */
function assignChunks(records: Fiche[], json: Uint8Array[]): { buckets: number[]; count: number } {
  const total = json.reduce((sum, r) => sum + r.length, 0);
  const count = 2 ** Math.max(0, Math.ceil(Math.log2(total / CHUNK_TARGET_BYTES)));
  return { buckets: records.map((r) => fnv1a(r.id) % count), count };
}

/** `open`, then `parts` separated by commas, then `close`. */
function joinBytes(open: Uint8Array, parts: Uint8Array[], close: Uint8Array): Uint8Array {
  const size =
    open.length + parts.reduce((sum, p) => sum + p.length, 0) + Math.max(0, parts.length - 1) + close.length;
  const out = new Uint8Array(size);
  out.set(open);
  let at = open.length;
  parts.forEach((part, i) => {
    if (i > 0) out[at++] = 0x2c; // ','
    out.set(part, at);
    at += part.length;
  });
  out.set(close, at);
  return out;
}

/** The files of the fiches, written before the full-text index is (the compiler's other thread). */
export interface FicheFiles {
  index: TextFile;
  summaries: TextFile;
  chunks: BundleFile[];
  counts: Manifest['counts'];
  source: DataSource;
}

export function bundleFiches(records: Fiche[], hash: ContentHash, source: DataSource = IDEO): FicheFiles {
  const vocabularies = (Object.keys(VOCABULARIES) as VocabularyName[]).map(
    (name) => [name, vocabulary(records.flatMap(VOCABULARIES[name]))] as const,
  );

  // Each record's JSON made once, measured, then written as UTF-8 bytes: the chunks, 17 MB at
  // 3,400 fiches, are hashed and written without being joined into strings and encoded twice.
  const encoder = new TextEncoder();
  const json = records.map((r) => encoder.encode(JSON.stringify(r)));
  const { buckets, count } = assignChunks(records, json);
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

  const chunks: BundleFile[] = [];
  const width = String(count - 1).length;
  const members = new Map<number, Uint8Array[]>(used.map((bucket) => [bucket, []]));
  json.forEach((record, i) => members.get(buckets[i]!)!.push(record));
  for (const bucket of used) {
    // JSON.stringify of a Chunk, from the records' JSON.
    const content = joinBytes(encoder.encode('{"records":['), members.get(bucket)!, encoder.encode(']}'));
    chunks.push({ name: `fiches-${String(bucket).padStart(width, '0')}.${hash(content)}.json`, content });
  }
  const indexContent = JSON.stringify(index);
  const summaries: Summaries = { version: 1, summary: records.map((r) => r.summary) };
  const summariesContent = JSON.stringify(summaries);
  return {
    index: { name: `index.${hash(indexContent)}.json`, content: indexContent },
    summaries: { name: `summaries.${hash(summariesContent)}.json`, content: summariesContent },
    chunks,
    counts: Object.fromEntries(
      KIND_LIST.map(({ kind }) => [kind, records.filter((r) => r.kind === kind).length]),
    ) as Manifest['counts'],
    source,
  };
}

/** The whole bundle: the fiches' files, the full-text index's and the manifest naming them all. */
export function withText(fiches: FicheFiles, text: WrittenText, hash: ContentHash): Bundle {
  const textWidth = String(text.shards.length - 1).length;
  const textFiles = text.shards.map((content, i) => ({
    name: `texte-${String(i).padStart(textWidth, '0')}.${hash(content)}.json`,
    content,
  }));
  const { index, summaries, chunks } = fiches;
  const files = [index, summaries, ...chunks, ...textFiles];

  const manifest: Manifest = {
    version: 1,
    dataVersion: hash(files.map((f) => f.name).join('\n')),
    index: index.name,
    summaries: summaries.name,
    chunks: chunks.map((f) => f.name),
    text: { ...text.table, shards: textFiles.map((f) => f.name) },
    counts: fiches.counts,
    source: fiches.source,
  };
  return { manifest, files, index, summaries, chunks, text: textFiles, indexBytes: index.content.length };
}

export function buildBundle(
  records: Fiche[],
  hash: ContentHash,
  source: DataSource = IDEO,
  text: WrittenText = NO_TEXT,
): Bundle {
  return withText(bundleFiches(records, hash, source), text, hash);
}
