// A fiche's fields → the record of its kind (métier or formation), with the problems found:
// what each kind requires, and how its fields map onto levels, durations and statuses.
import { KINDS, METIER_ID } from './kinds';
import type { ParsedFormation, ParsedMetier } from './parse-fiche';
import type { Line } from './parse-lines';
import { startingSalary, summaryOf } from './parse-salary';
import type { Field, OtherName, Section } from './schema';
import { accessLevel, certificationLevel, durationInYears, statusLabel } from './vocabularies';

/** What the parser gathered of a fiche, whatever its kind. */
export interface Gathered {
  common: Pick<ParsedMetier, 'file' | 'title' | 'interests' | 'refs' | 'fields' | 'sections'>;
  /** The first field of each key, by `labelKey`: the value retained when a key is repeated. */
  field: (key: string) => Field | undefined;
  otherNames: OtherName[];
  sections: Section[];
  /** The fiche's first line, and its `## Informations générales` heading if any. */
  first: Line;
  generalSection: Line | undefined;
  error: (line: number, message: string) => void;
  warn: (line: number, message: string) => void;
  failed: () => boolean;
}

export function metierRecord(idField: Field, g: Gathered): ParsedMetier | null {
  const { field, warn, error } = g;
  const id = idField.value.trim();
  if (!METIER_ID.test(id)) {
    error(idField.line, `identifiant de métier illisible « ${idField.value} » : attendu « MET.<nombre> »`);
  }
  const access = field("niveau d'acces minimum");
  let level: number | null = null;
  let durationYears: number | null = null;
  if (!access || access.value === '') {
    warn(
      access?.line ?? idField.line,
      "« **Niveau d'accès minimum:** » absent : niveau et durée d'études inconnus",
    );
  } else {
    const mapped = accessLevel(access.value);
    if (mapped) ({ level, years: durationYears } = mapped);
    else warn(access.line, `niveau d'accès inconnu « ${access.value} » (conservé, niveau inconnu)`);
  }
  const statuses = new Set<string>();
  const statusField = field('statuts possibles');
  for (const value of statusField?.values ?? []) {
    const status = statusLabel(value);
    if (!status.known) warn(statusField!.line, `statut inconnu « ${value} » (conservé)`);
    statuses.add(status.label);
  }
  const appellations = field('appellations')?.values ?? [];
  const form = (name: RegExp) => {
    const value = appellations.find((v) => name.test(v));
    return value ? value.slice(value.indexOf(':') + 1).trim() : null;
  };
  if (g.failed()) return null;
  return {
    kind: 'metier',
    id,
    ...g.common,
    level,
    levelLabel: access?.value || null,
    durationYears,
    statuses: [...statuses],
    summary: summaryOf(g.sections, KINDS.metier.summaryFrom),
    feminine: form(/^f[ée]minin\s*:/i),
    masculine: form(/^masculin\s*:/i),
    otherNames: g.otherNames,
    romeCodes: field('codes rome')?.values ?? [],
    startingSalary: startingSalary(g.sections),
  };
}

/** `[label](url)` or a bare URL. */
function parseLink(value: string): { url: string; https: boolean } | null {
  const md = /^\[[^\]]*\]\(([^()\s]*)\)$/.exec(value);
  const url = md ? md[1]! : value;
  if (url === '') return null;
  return { url, https: URL.canParse(url) && new URL(url).protocol === 'https:' };
}

export function formationRecord(g: Gathered): ParsedFormation | null {
  const { field, warn, error } = g;
  const where = g.generalSection?.no ?? g.first.no;
  const required = (key: string, label: string) => {
    const f = field(key);
    if (!f || f.value === '') error(f?.line ?? where, `champ obligatoire « **${label}:** » absent ou vide`);
    return f && f.value !== '' ? f : undefined;
  };
  const type = required('type', 'Type');
  const duration = required('duree', 'Durée');
  const certification = required('niveau de certification', 'Niveau de certification');

  let durationYears: number | null = null;
  if (duration) {
    const years = durationInYears(duration.value);
    if (years === undefined)
      error(
        duration.line,
        `durée illisible « ${duration.value} » : attendu par exemple « 2 ans » ou « 6 mois »`,
      );
    else durationYears = years;
  }
  let level: number | null = null;
  if (certification) {
    const mapped = certificationLevel(certification.value);
    if (mapped) level = mapped.level;
    else
      warn(
        certification.line,
        `niveau de certification inconnu « ${certification.value} » (conservé, niveau inconnu)`,
      );
  }
  if (g.failed()) return null;

  const link = field('lien');
  return {
    kind: 'formation',
    ...g.common,
    level,
    levelLabel: certification!.value,
    durationYears,
    durationLabel: duration!.value,
    statuses: [],
    summary: summaryOf(g.sections, KINDS.formation.summaryFrom),
    type: type!.value,
    sigle: field('sigle')?.value || null,
    codeScolarite: field('code scolarite')?.value || null,
    link: link ? parseLink(link.value) : null,
  };
}
