// The public schema of the compact index, made from its declared columns (index-columns.ts):
// what the tests and the benchmark validate an index against. (The app checks it by hand,
// index-check.ts, property-tested against this.)
import { z } from 'zod/mini';
import {
  COLUMN_NAMES,
  INDEX_COLUMNS,
  VOCABULARIES,
  type CatalogIndex,
  type ValueType,
} from './index-columns';
import { indexProblem } from './index-problem';
import { KIND_CODES } from './kinds';

const int = () => z.number().check(z.int());

/** The zod schema of a value of a declared index column (index-columns.ts). */
function schemaOf(type: ValueType): z.ZodMiniType {
  switch (type.type) {
    case 'string':
      return z.string();
    case 'int':
      return int();
    case 'number':
      return z.number();
    case 'level':
      return int().check(z.gte(3), z.lte(8));
    case 'nullable':
      return z.nullable(schemaOf(type.of));
    case 'list':
      return z.array(schemaOf(type.of));
  }
}

const CatalogIndexShape = z.object({
  version: z.literal(1),
  vocab: z.object(Object.fromEntries(Object.keys(VOCABULARIES).map((name) => [name, z.array(z.string())]))),
  kind: z.string().check(z.regex(new RegExp(`^[${KIND_CODES}]*$`))),
  ...Object.fromEntries(COLUMN_NAMES.map((name) => [name, z.array(schemaOf(INDEX_COLUMNS[name].type))])),
  leadSummaries: z.array(z.tuple([int(), z.string()])),
});

/**
 * The compact index, loaded first: what lists, facets and search need (its columns are declared
 * in index-columns.ts, which says what each holds).
 */
export const CatalogIndexSchema = CatalogIndexShape.check(
  z.refine((index) => indexProblem(index as unknown as CatalogIndex) === null, {
    error: (issue) => indexProblem(issue.input as unknown as CatalogIndex) ?? 'index incohérent',
  }),
) as unknown as z.ZodMiniType<CatalogIndex>;
