// The checks of the index (and of the summaries) the app runs before using them: what
// `CatalogIndexSchema` accepts, and only that (a property test compares them), made from the
// declared columns without zod, because the generic schema took the largest share of the
// start-up's main-thread time (tens of ms per 1,000 fiches on a phone, before the first
// results). Same `safeParse` shape as a schema.
import {
  COLUMN_NAMES,
  INDEX_COLUMNS,
  VOCABULARIES,
  type CatalogIndex,
  type ValueType,
} from './index-columns';
import { indexProblem } from './index-problem';
import { KIND_CODES } from './kinds';
import type { Summaries } from './schema';

type Check = (value: unknown) => boolean;

const isString: Check = (v) => typeof v === 'string';
const isInt: Check = (v) => Number.isSafeInteger(v);

/** The check of a value of type `type`. */
function checkOf(type: ValueType): Check {
  switch (type.type) {
    case 'string':
      return isString;
    case 'int':
      return isInt;
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'level':
      return (v) => Number.isSafeInteger(v) && (v as number) >= 3 && (v as number) <= 8;
    case 'nullable': {
      const check = checkOf(type.of);
      return (v) => v === null || check(v);
    }
    case 'list': {
      const check = checkOf(type.of);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!check(v[i])) return false;
        return true;
      };
    }
  }
}

const COLUMN_CHECKS = COLUMN_NAMES.map((name) => [name, checkOf(INDEX_COLUMNS[name].type)] as const);
const isStringList = checkOf({ type: 'list', of: { type: 'string' } });
const KIND_COLUMN = new RegExp(`^[${KIND_CODES}]*$`);

interface Issue {
  path: PropertyKey[];
  message: string;
}

function firstIssue(json: unknown): Issue | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { path: [], message: 'objet attendu' };
  const index = json as Record<string, unknown>;
  if (index.version !== 1) return { path: ['version'], message: 'version 1 attendue' };
  const vocab = index.vocab as Record<string, unknown> | null | undefined;
  if (typeof vocab !== 'object' || vocab === null || Array.isArray(vocab))
    return { path: ['vocab'], message: 'objet attendu' };
  for (const key of Object.keys(VOCABULARIES))
    if (!isStringList(vocab[key])) return { path: ['vocab', key], message: 'liste de textes attendue' };
  if (typeof index.kind !== 'string' || !KIND_COLUMN.test(index.kind))
    return { path: ['kind'], message: `suite de lettres parmi « ${KIND_CODES} » attendue` };
  for (const [key, check] of COLUMN_CHECKS) {
    const column = index[key];
    if (!Array.isArray(column)) return { path: [key], message: 'liste attendue' };
    for (let i = 0; i < column.length; i++)
      if (!check(column[i])) return { path: [key, i], message: 'valeur invalide' };
  }
  const lead = index.leadSummaries;
  if (!Array.isArray(lead)) return { path: ['leadSummaries'], message: 'liste attendue' };
  for (let i = 0; i < lead.length; i++) {
    const pair = lead[i] as unknown;
    if (!Array.isArray(pair) || pair.length !== 2 || !isInt(pair[0]) || !isString(pair[1]))
      return { path: ['leadSummaries', i], message: 'paire [position, résumé] attendue' };
  }
  const problem = indexProblem(index as unknown as CatalogIndex);
  return problem === null ? null : { path: [], message: problem };
}

/** A `safeParse` of the same shape as a schema's, from a function naming the first problem. */
function validator<T>(firstIssue: (json: unknown) => Issue | null) {
  return {
    safeParse(json: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } } {
      const issue = firstIssue(json);
      return issue === null
        ? { success: true, data: json as T }
        : { success: false, error: { issues: [issue] } };
    },
  };
}

export const CatalogIndexCheck = validator<CatalogIndex>(firstIssue);

/** What `SummariesSchema` accepts: the summaries file is checked without zod too. */
export const SummariesCheck = validator<Summaries>((json) => {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { path: [], message: 'objet attendu' };
  const summaries = json as Record<string, unknown>;
  if (summaries.version !== 1) return { path: ['version'], message: 'version 1 attendue' };
  if (!isStringList(summaries.summary)) return { path: ['summary'], message: 'liste de textes attendue' };
  return null;
});
