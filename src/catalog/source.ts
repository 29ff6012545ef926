// Where the fiches come from, and how they must be credited. Onisep publishes Idéo under the
// ODbL (Open Database License): its attribution names the dataset, the publisher and the export's
// date, with a link to the licence; a database derived from it (our compiled catalogue) is offered
// under the ODbL too; the Onisep logo may not be used. The date is the build's input: a
// `source.json` beside the fiches, or the CATALOG_EXPORTED variable (scripts/catalog.ts).
import { z } from 'zod/mini';

/** The file beside the fiches that says what they are. */
export const SOURCE_FILE = 'source.json';

export const LICENCE = {
  name: 'ODbL',
  url: 'https://opendatacommons.org/licenses/odbl/1-0/',
} as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export const SourceSchema = z.object({
  /** The dataset, as its publisher names it. */
  dataset: z.string().check(z.minLength(1), z.maxLength(300)),
  publisher: z.string().check(z.minLength(1), z.maxLength(100)),
  /** The day of the export (YYYY-MM-DD); null when the build was not told. */
  exported: z.nullable(z.string().check(z.refine(isDate, 'une date AAAA-MM-JJ'))),
});
export type DataSource = z.infer<typeof SourceSchema>;

/** What the fiches of Onisep's Idéo are, when `source.json` says nothing else. */
export const IDEO: DataSource = {
  dataset: 'Idéo-Fiches métiers et Idéo-Fiches formations',
  publisher: 'Onisep',
  exported: null,
};

/**
 * The source of a build: `source.json`'s text (or null when there is none), and a date that
 * overrides its own. A problem is said in French, for the compiler's message.
 */
export function readSource(
  text: string | null,
  exported?: string,
): { source: DataSource; problem: string | null } {
  let source = IDEO;
  if (text !== null) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return { source, problem: `JSON illisible (${(e as Error).message})` };
    }
    const parsed = SourceSchema.safeParse({ ...IDEO, ...(data as object) });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { source, problem: `champ « ${issue.path.join('.')} » : ${issue.message}` };
    }
    source = parsed.data;
  }
  if (exported !== undefined && exported !== '') {
    if (!isDate(exported)) return { source, problem: `date d'export « ${exported} » : une date AAAA-MM-JJ` };
    source = { ...source, exported };
  }
  return { source, problem: null };
}

/** « 21/10/2025 » */
export function exportDay(exported: string): string {
  const [year, month, day] = exported.split('-');
  return `${day}/${month}/${year}`;
}

/** The credit in the ODbL's form: « <jeu de données>, <éditeur>, export du <date>, sous licence ODbL ». */
export function creditText(source: DataSource): string {
  const date = source.exported ? `, export du ${exportDay(source.exported)}` : '';
  return `${source.dataset}, ${source.publisher}${date}, sous licence ${LICENCE.name}`;
}
