// The public schema of the catalogue bundle: TypeScript types and the runtime schemas that the
// tests (and the app, before using data it fetched) validate the bundle against.
import { z } from 'zod/mini';
import { SourceSchema } from './source';

export type { CatalogIndex } from './index-columns';

const int = () => z.number().check(z.int());
const level = () => z.nullable(int().check(z.gte(3), z.lte(8)));

export interface ListItem {
  text: string;
  items: ListItem[];
}

export const ListItemSchema = z.object({
  text: z.string(),
  get items(): z.ZodMiniArray<typeof ListItemSchema> {
    return z.array(ListItemSchema);
  },
});

export const BlockSchema = z.discriminatedUnion('type', [
  /** A sub-heading inside a section; `level` is the number of `#` in the source. */
  z.object({ type: z.literal('heading'), level: int().check(z.gte(1), z.lte(6)), text: z.string() }),
  /** A paragraph; `\n` separates lines that the source broke with `<br/>`. */
  z.object({ type: z.literal('paragraph'), text: z.string() }),
  z.object({ type: z.literal('list'), items: z.array(ListItemSchema) }),
]);
export type Block = z.infer<typeof BlockSchema>;

export const SectionSchema = z.object({
  /** The `##` heading; empty for text that precedes the first heading. */
  title: z.string(),
  line: int(),
  blocks: z.array(BlockSchema),
});
export type Section = z.infer<typeof SectionSchema>;

/** A `**Key:** value` line, known or not, with its list items when the value is a list. */
export const FieldSchema = z.object({
  key: z.string(),
  value: z.string(),
  values: z.array(z.string()),
  line: int(),
});
export type Field = z.infer<typeof FieldSchema>;

/** A cross-reference: `id` is the target's id in this catalogue, or null when it is not in it. */
export const RelatedSchema = z.object({
  id: z.nullable(z.string()),
  title: z.string(),
  /** The id the source gave (a métier's `(ID: FOR.n)`), kept even when the target is absent. */
  sourceId: z.nullable(z.string()),
});
export type Related = z.infer<typeof RelatedSchema>;

export const OtherNameSchema = z.object({
  title: z.string(),
  feminine: z.nullable(z.string()),
  masculine: z.nullable(z.string()),
});
export type OtherName = z.infer<typeof OtherNameSchema>;

export const SalarySchema = z.object({
  text: z.string(),
  /** The (lowest) gross monthly amount in euros the text states, or null when it states none. */
  eurosPerMonth: z.nullable(int()),
  /** The highest amount of a range ("Entre 2600 et 3500 euros"), else null. */
  maxEurosPerMonth: z.nullable(int()),
});
export type Salary = z.infer<typeof SalarySchema>;

/** Why a fiche is shown as a neighbour: shared links (formations of a métier, métiers of a formation), interests, or a text alike. */
export const SIMILAR_REASONS = ['liens', 'interets', 'texte'] as const;
export type SimilarReason = (typeof SIMILAR_REASONS)[number];

export const SimilarFicheSchema = z.object({
  /** A fiche of the same kind in this catalogue. */
  id: z.string(),
  reasons: z.array(z.enum(SIMILAR_REASONS)),
});
export type SimilarFiche = z.infer<typeof SimilarFicheSchema>;

const common = {
  id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)),
  title: z.string().check(z.minLength(1)),
  /** National level 3–8 (décret 2019-14), or null when none or unknown. */
  level: level(),
  /** The source's own label for the level: "bac + 2", "niveau 5", "non inscrit au RNCP". */
  levelLabel: z.nullable(z.string()),
  /** Formation: its stated duration. Métier: minimum years of study after 3e. */
  durationYears: z.nullable(z.number().check(z.gte(0))),
  /** The centres d'intérêt as listed, in their display form. */
  interests: z.array(z.string()),
  statuses: z.array(z.string()),
  related: z.array(RelatedSchema),
  /** The first sentences of the fiche, for result lists. */
  summary: z.string(),
  fields: z.array(FieldSchema),
  sections: z.array(SectionSchema),
  source: z.object({ file: z.string() }),
  /** « Métiers proches », « Formations proches »: computed at build time, the closest first. */
  similar: z.array(SimilarFicheSchema),
};

export const MetierSchema = z.object({
  kind: z.literal('metier'),
  ...common,
  feminine: z.nullable(z.string()),
  masculine: z.nullable(z.string()),
  otherNames: z.array(OtherNameSchema),
  romeCodes: z.array(z.string()),
  startingSalary: z.nullable(SalarySchema),
});
export type Metier = z.infer<typeof MetierSchema>;

export const FormationSchema = z.object({
  kind: z.literal('formation'),
  ...common,
  type: z.string(),
  sigle: z.nullable(z.string()),
  codeScolarite: z.nullable(z.string()),
  durationLabel: z.string(),
  /** The official reference page; `https` tells whether the app may show it as a link. */
  link: z.nullable(z.object({ url: z.string(), https: z.boolean() })),
  /** Centres d'intérêt of the métiers this formation leads to (both directions of the links). */
  derivedInterests: z.array(z.string()),
});
export type Formation = z.infer<typeof FormationSchema>;

export const FicheSchema = z.discriminatedUnion('kind', [MetierSchema, FormationSchema]);
export type Fiche = z.infer<typeof FicheSchema>;
export type Kind = Fiche['kind'];

/** A detail chunk: the whole records of a few fiches, fetched when one of them is opened. */
export const ChunkSchema = z.object({ records: z.array(FicheSchema) });
export type Chunk = z.infer<typeof ChunkSchema>;

/**
 * The first sentences of each fiche (aligned with the index), for the result cards. A file of
 * its own, fetched once the first results are on screen: it is 40 % of the index's weight and
 * nothing needs it to list, filter or search titles.
 */
export const SummariesSchema = z.object({ version: z.literal(1), summary: z.array(z.string()) });
export type Summaries = z.infer<typeof SummariesSchema>;

/**
 * The table of the full-text index (search/text-index-writer.ts): which shard holds the words
 * that start with each key, the sections a posting may point to, the scale of its weights.
 */
export const TextTableSchema = z.object({
  version: z.literal(1),
  /** Section names, by the bit a posting's mask sets (the 31st stands for every later one). */
  sections: z.array(z.string()),
  /** First letters of words, sorted; `files[i]` is the shard (in `shards`) of `keys[i]`. */
  keys: z.array(z.string()),
  files: z.array(int()),
  /** The weight a stored 255 stands for. */
  maxWeight: z.number(),
  shards: z.array(z.string()),
});
export type TextTable = z.infer<typeof TextTableSchema>;

/** One shard: its words, sorted, and for each its postings (checked by hand when loaded). */
export interface TextShard {
  version: 1;
  terms: string[];
  /** How many fiches each word is in. */
  counts: number[];
  /** Entry indexes, each word's as differences from the previous (the first from 0). */
  docs: number[];
  /** The word's weight in the fiche, 1–255 of `maxWeight`. */
  weights: number[];
  /** The sections it is in, as bits of the table's `sections`. */
  sections: number[];
}

/** Written beside the data and imported by the app's code, so code and data always match. */
export const ManifestSchema = z.object({
  version: z.literal(1),
  /** A hash of all the data files together: changes whenever any fiche changes. */
  dataVersion: z.string(),
  index: z.string(),
  summaries: z.string(),
  chunks: z.array(z.string()),
  /** The full-text index: its table, and its shards' file names. */
  text: TextTableSchema,
  counts: z.object({ metier: int(), formation: int() }),
  /** What the fiches are and when they were exported: the credit every page shows (source.ts). */
  source: SourceSchema,
});
export type Manifest = z.infer<typeof ManifestSchema>;
