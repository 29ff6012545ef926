// The checks of the index (and of the summaries) the app runs before using them: what
// `CatalogIndexSchema` accepts, and only that (a property test compares them), written by hand because the generic schema took
// the largest share of the start-up's main-thread time (tens of ms per 1,000 fiches on a phone,
// before the first results). Same `safeParse` shape as a schema.
import { indexProblem } from './index-problem';
import type { CatalogIndex, Summaries } from './schema';

type Check = (value: unknown) => boolean;

const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isInt: Check = (v) => Number.isSafeInteger(v);
const isLevel: Check = (v) =>
  v === null || (Number.isSafeInteger(v) && (v as number) >= 3 && (v as number) <= 8);
const nullable =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
const listOf =
  (check: Check): Check =>
  (v) => {
    if (!Array.isArray(v)) return false;
    for (let i = 0; i < v.length; i++) if (!check(v[i])) return false;
    return true;
  };

const COLUMNS: [keyof CatalogIndex, Check][] = [
  ['id', isString],
  ['title', isString],
  ['level', isLevel],
  ['levelLabel', nullable(isString)],
  ['durationYears', nullable(isNumber)],
  ['interests', listOf(isInt)],
  ['statuses', listOf(isInt)],
  ['type', nullable(isInt)],
  ['sigle', nullable(isString)],
  ['names', listOf(isString)],
  ['related', listOf(isInt)],
  ['unresolved', isInt],
  ['salary', nullable(isInt)],
  ['chunk', isInt],
];

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
  for (const key of ['interests', 'statuses', 'types'])
    if (!listOf(isString)(vocab[key])) return { path: ['vocab', key], message: 'liste de textes attendue' };
  if (typeof index.kind !== 'string' || !/^[mf]*$/.test(index.kind))
    return { path: ['kind'], message: 'suite de « m » et de « f » attendue' };
  for (const [key, check] of COLUMNS) {
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
  if (!listOf(isString)(summaries.summary)) return { path: ['summary'], message: 'liste de textes attendue' };
  return null;
});
