// Synthetic corpora for the benchmark: N fiches made from the real ones by a seeded generator, so
// that the same N always gives the same files. Each synthetic fiche is a real fiche (its "base":
// structured fields, facet values, cross-references) with some prose sections swapped for the
// same section of another real fiche of the same kind, a new id, and every title and name
// suffixed with "(synthétique k)". Text lengths, vocabularies and facet distributions stay those
// of the real corpus; references are renamed consistently so that they resolve at the real rate.
// These files are never shipped: they only feed `npm run bench`.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS, labelKey, type Kind } from '../src/public-api.ts';

interface Section {
  /** The `## ` line as written. */
  heading: string;
  /** Folded name, e.g. "acces au metier". */
  key: string;
  lines: string[];
}

interface RealFiche {
  kind: Kind;
  file: string;
  title: string;
  /** Lines before the first `## ` section. */
  header: string[];
  sections: Section[];
}

/** Sections whose prose may come from another fiche; their `**Key:**` fields always stay. */
const SWAPPABLE: Record<Kind, ReadonlySet<string>> = {
  metier: new Set(KINDS.metier.sections),
  formation: new Set(KINDS.formation.sections),
};

/** Probability that a swappable section takes another fiche's prose. */
const SWAP_RATE = 0.5;

const SECTION = /^## (.*)$/;
const FIELD = /^\*\*[^*]{1,100}:\*\*/;
const ITEM = /^\s*[-*+•](\s|$)/;
const METIER_ID = /^(\*\*ID:\*\*\s*)MET\.\d+\s*$/;
const GENDERED = /^(- (?:Féminin|Masculin):\s*)(\S.*?)\s*$/;
const TITLE = /^# (.*?)\s*$/;
const SUB_TITLE = /^### (.*?)\s*$/;
const FOR_REF = /^(-\s+)(.*?)\s*\(ID:\s*FOR\.(\d+)\s*\)\s*$/;
const PLAIN_ITEM = /^(-\s+)(.*?)\s*$/;

/** mulberry32: a tiny seeded PRNG, good enough to shuffle and draw. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function parseReal(file: string, text: string): RealFiche {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header: string[] = [];
  const sections: Section[] = [];
  for (const line of lines) {
    const heading = SECTION.exec(line);
    if (heading) sections.push({ heading: line, key: labelKey(heading[1]!), lines: [] });
    else if (sections.length > 0) sections.at(-1)!.lines.push(line);
    else header.push(line);
  }
  const kind: Kind = header.some((l) => METIER_ID.test(l)) ? 'metier' : 'formation';
  const title = header.map((l) => TITLE.exec(l)?.[1]).find((t) => t !== undefined) ?? '';
  return { kind, file, title, header, sections };
}

/** Splits a section body into its prose and its `**Key:**` fields (with their list items). */
function splitFields(lines: string[]): { prose: string[]; fields: string[] } {
  const prose: string[] = [];
  const fields: string[] = [];
  let inField = false;
  for (const line of lines) {
    if (FIELD.test(line)) inField = true;
    else if (inField && !(ITEM.test(line) || line.trim() === '')) inField = false;
    (inField ? fields : prose).push(line);
  }
  return { prose, fields };
}

/** Every name a formation may use for a métier, titles first (as the linker resolves them). */
function metierNames(fiche: RealFiche): { titles: string[]; others: string[] } {
  const others: string[] = [];
  const collect = (lines: string[]) => {
    for (const line of lines) {
      const gendered = GENDERED.exec(line);
      if (gendered) others.push(gendered[2]!);
      const sub = SUB_TITLE.exec(line);
      if (sub) others.push(sub[1]!);
    }
  };
  collect(fiche.header);
  for (const section of fiche.sections) if (section.key === 'autres appellations') collect(section.lines);
  return { titles: [fiche.title], others };
}

export interface SyntheticOptions {
  sourceDir: string;
  outDir: string;
  /** Total number of fiches; the real métier/formation ratio is kept. */
  count: number;
  seed?: number;
}

export interface SyntheticSummary {
  metiers: number;
  formations: number;
  swappedSections: number;
  files: number;
}

export function generateSynthetic({ sourceDir, outDir, count, seed = 20_241_122 }: SyntheticOptions) {
  const names = readdirSync(sourceDir)
    .filter((n) => /\.(md|txt)$/i.test(n))
    .sort();
  const real = names.map((n) => parseReal(n, readFileSync(join(sourceDir, n), 'utf8')));
  const byKind: Record<Kind, RealFiche[]> = {
    metier: real.filter((f) => f.kind === 'metier'),
    formation: real.filter((f) => f.kind === 'formation'),
  };
  const random = prng(seed);
  const target: Record<Kind, number> = {
    metier: Math.round((count * byKind.metier.length) / real.length),
    formation: 0,
  };
  target.formation = count - target.metier;

  // Synthetic fiche j of a kind is copy ⌊j / r⌋ + 1 of real fiche order[j mod r].
  const order: Record<Kind, RealFiche[]> = {
    metier: shuffle(byKind.metier, random),
    formation: shuffle(byKind.formation, random),
  };
  const copiesOf = new Map<RealFiche, number>();
  for (const kind of ['metier', 'formation'] as const) {
    const list = order[kind];
    list.forEach((fiche, i) => {
      const full = Math.floor(target[kind] / list.length);
      copiesOf.set(fiche, full + (i < target[kind] % list.length ? 1 : 0));
    });
  }
  // A reference from copy k goes to a copy of the target that exists, cycling through them.
  const copyFor = (targetFiche: RealFiche | undefined, k: number) => {
    const n = targetFiche ? (copiesOf.get(targetFiche) ?? 0) : 0;
    return n === 0 ? k : ((k - 1) % n) + 1;
  };

  const formationByTitle = new Map<string, RealFiche>();
  for (const f of byKind.formation)
    if (!formationByTitle.has(labelKey(f.title))) formationByTitle.set(labelKey(f.title), f);
  const metierByName = new Map<string, RealFiche>();
  const allNames = byKind.metier.map((m) => [m, metierNames(m)] as const);
  for (const [m, n] of allNames)
    for (const t of n.titles) if (!metierByName.has(labelKey(t))) metierByName.set(labelKey(t), m);
  for (const [m, n] of allNames)
    for (const o of n.others) if (!metierByName.has(labelKey(o))) metierByName.set(labelKey(o), m);

  // Donors for each swappable section, by kind.
  const donors = new Map<string, RealFiche[]>();
  for (const fiche of real) {
    for (const section of fiche.sections) {
      if (!SWAPPABLE[fiche.kind].has(section.key)) continue;
      const key = `${fiche.kind}/${section.key}`;
      donors.set(key, [...(donors.get(key) ?? []), fiche]);
    }
  }

  // New FOR ids, one per (real FOR number, copy): the same formation copy has the same id everywhere.
  const forIds = new Map<string, number>();
  const forId = (n: string, k: number) => {
    const key = `${n}/${k}`;
    if (!forIds.has(key)) forIds.set(key, 900_000 + forIds.size);
    return forIds.get(key)!;
  };
  const suffix = (k: number) => ` (synthétique ${k})`;

  let swappedSections = 0;
  const proseOf = (fiche: RealFiche, section: Section): string[] => {
    const { prose, fields } = splitFields(section.lines);
    if (!SWAPPABLE[fiche.kind].has(section.key) || random() >= SWAP_RATE) return section.lines;
    const pool = donors.get(`${fiche.kind}/${section.key}`) ?? [];
    const donor = pool[Math.floor(random() * pool.length)];
    const donated = donor?.sections.find((s) => s.key === section.key);
    if (!donor || donor === fiche || !donated) return [...prose, ...fields];
    swappedSections++;
    const donatedProse = splitFields(donated.lines).prose;
    while (donatedProse.length > 0 && donatedProse.at(-1)!.trim() === '') donatedProse.pop();
    return fields.length > 0 ? [...donatedProse, '', ...fields] : [...donatedProse, ''];
  };

  /** `- title (ID: FOR.n)` (or a bare title) → the same reference to a copy of that formation. */
  const renameFormationRef = (line: string, k: number): string => {
    const ref = FOR_REF.exec(line);
    if (ref) {
      const c = copyFor(formationByTitle.get(labelKey(ref[2]!)), k);
      return `${ref[1]}${ref[2]}${suffix(c)} (ID: FOR.${forId(ref[3]!, c)})`;
    }
    const plain = PLAIN_ITEM.exec(line);
    if (!plain || plain[2] === '') return line;
    return `${plain[1]}${plain[2]}${suffix(copyFor(formationByTitle.get(labelKey(plain[2]!)), k))}`;
  };

  const renameMetier = (fiche: RealFiche, k: number, seq: number): string[] => {
    const s = suffix(k);
    const rename = (line: string) =>
      line
        .replace(TITLE, (_m, t: string) => `# ${t}${s}`)
        .replace(METIER_ID, (_m, key: string) => `${key}MET.${900_000 + seq}`)
        .replace(GENDERED, (_m, key: string, name: string) => `${key}${name}${s}`);
    const out = fiche.header.map(rename);
    for (const section of fiche.sections) {
      out.push(section.heading);
      let lines = proseOf(fiche, section);
      if (section.key === 'autres appellations') {
        lines = lines.map((l) => rename(l).replace(SUB_TITLE, (_m, t: string) => `### ${t}${s}`));
      } else if (section.key === 'formations recommandees') {
        // Items under **Statuts possibles:** are statuses, not references: they stay as written.
        const { prose, fields } = splitFields(lines);
        lines = [...prose.map((line) => renameFormationRef(line, k)), ...fields];
      }
      out.push(...lines);
    }
    return out;
  };

  const renameFormation = (fiche: RealFiche, k: number): string[] => {
    const s = suffix(k);
    const out = fiche.header.map((l) => l.replace(TITLE, (_m, t: string) => `# ${t}${s}`));
    for (const section of fiche.sections) {
      out.push(section.heading);
      let lines = proseOf(fiche, section);
      if (section.key === 'metiers associes') {
        const { prose, fields } = splitFields(lines);
        lines = [
          ...prose.map((line) => {
            const item = PLAIN_ITEM.exec(line);
            if (!item || item[2] === '') return line;
            return `${item[1]}${item[2]}${suffix(copyFor(metierByName.get(labelKey(item[2]!)), k))}`;
          }),
          ...fields,
        ];
      }
      out.push(...lines);
    }
    return out;
  };

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  let files = 0;
  for (const kind of ['metier', 'formation'] as const) {
    const list = order[kind];
    for (let j = 0; j < target[kind]; j++) {
      const base = list[j % list.length]!;
      const k = Math.floor(j / list.length) + 1;
      const lines = kind === 'metier' ? renameMetier(base, k, j) : renameFormation(base, k);
      const name = `${kind === 'metier' ? 'm' : 'f'}-${String(j).padStart(6, '0')}.txt`;
      writeFileSync(join(outDir, name), `${lines.join('\n').replace(/\n+$/, '')}\n`);
      files++;
    }
  }
  return {
    metiers: target.metier,
    formations: target.formation,
    swappedSections,
    files,
  } satisfies SyntheticSummary;
}

// `npx tsx bench/synthetic.ts 3400 /tmp/synthetic-3400 [../shared/corpus]`
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const [count, out, source] = process.argv.slice(2);
  if (!count || !out) {
    process.stderr.write('usage : tsx bench/synthetic.ts NOMBRE DOSSIER_SORTIE [DOSSIER_SOURCE]\n');
    process.exit(1);
  }
  const summary = generateSynthetic({
    count: Number(count),
    outDir: resolve(out),
    sourceDir: resolve(source ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus')),
  });
  process.stderr.write(`${JSON.stringify(summary)}\n`);
}
