// One fiche's text → its structured content, before linking with the rest of the catalogue.
// The format and its quirks are described in DESIGN.md §1. Every line of text ends up somewhere
// in the result (title, a field, a list entry or a block of a section): nothing is dropped.
import { sortDiagnostics, type Diagnostic } from './diagnostics';
import { KIND_LIST } from './kinds';
import { BlockBuilder } from './parse-blocks';
import { classify, type Line } from './parse-lines';
import { formationRecord, metierRecord, type Gathered } from './parse-records';
import type { Field, Formation, Metier, OtherName, Section } from './schema';
import { labelKey } from './text';
import { interestLabel } from './vocabularies';

/** A cross-reference as written in the source, before it is resolved against the catalogue. */
export interface SourceRef {
  title: string;
  sourceId: string | null;
  line: number;
}

/** Where a parsed fiche comes from, and its references before linking. */
interface Parsed {
  file: string;
  refs: SourceRef[];
}

/** A record as the parser makes it: the schema's, before linking gives it its links. */
export type ParsedMetier = Omit<Metier, 'related' | 'source' | 'similar'> & Parsed;
/** A formation also gets its id from linking (a métier's reference names it). */
export type ParsedFormation = Omit<Formation, 'id' | 'related' | 'source' | 'derivedInterests' | 'similar'> &
  Parsed;

export type ParsedFiche = ParsedMetier | ParsedFormation;

export interface ParseResult {
  fiche: ParsedFiche | null;
  diagnostics: Diagnostic[];
}

type SectionRole = 'prose' | 'general' | 'otherNames' | 'formations' | 'metiers' | 'interests';

const SECTION_ROLES: Record<string, SectionRole> = {
  'informations generales': 'general',
  'autres appellations': 'otherNames',
  'formations recommandees': 'formations',
  'metiers associes': 'metiers',
  "centres d'interet": 'interests',
};

/** The prose sections of each kind of fiche, by `labelKey` of their heading (kinds.ts). */
const KNOWN_PROSE_SECTIONS = new Set<string>(KIND_LIST.flatMap((k) => k.sections));

/** The fields each kind knows (kinds.ts); others are kept and reported. */
const KNOWN_FIELDS = new Set<string>(KIND_LIST.flatMap((k) => k.fields));

interface OpenSection {
  title: string;
  line: number;
  role: SectionRole;
  builder: BlockBuilder;
}

const FOR_REF = /^\(ID:\s*([A-Za-z]+\.\d+)\s*\)$/;

function splitRef(text: string): { title: string; sourceId: string | null } {
  const at = text.lastIndexOf('(ID:');
  if (at > 0) {
    const match = FOR_REF.exec(text.slice(at));
    if (match) return { title: text.slice(0, at).trim(), sourceId: match[1]!.toUpperCase() };
  }
  return { title: text, sourceId: null };
}

export function parseFiche(file: string, source: string): ParseResult {
  const result = parseUnsorted(file, source);
  return { fiche: result.fiche, diagnostics: sortDiagnostics(result.diagnostics) };
}

function parseUnsorted(file: string, source: string): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const error = (line: number, message: string) =>
    diagnostics.push({ file, line, severity: 'error', message });
  const warn = (line: number, message: string) =>
    diagnostics.push({ file, line, severity: 'warning', message });

  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lines = text.split(/\r\n|\r|\n/).map((raw, i) => classify(raw, i + 1));

  const first = lines.find((l) => l.kind !== 'blank');
  if (!first) {
    error(1, 'fiche vide');
    return { fiche: null, diagnostics };
  }
  let title = '';
  if (first.kind === 'heading' && first.depth === 1 && first.text !== '') title = first.text;
  else error(first.no, 'titre manquant : la fiche doit commencer par une ligne « # titre »');

  const fields: Field[] = [];
  // The first field of each key, by folded key: the value retained when a key is repeated.
  const fieldByKey = new Map<string, Field>();
  const sections: Section[] = [];
  const refs: SourceRef[] = [];
  const interestLines: { text: string; line: number }[] = [];
  const otherNames: OtherName[] = [];
  let openOtherName: OtherName | null = null;
  const preamble: OpenSection = { title: '', line: 1, role: 'prose', builder: new BlockBuilder(warn) };
  let section: OpenSection = preamble;

  const closeSection = () => {
    const blocks = section.builder.finish();
    // Structured sections appear as fields of the record; keep them only for stray text.
    if (section.role === 'prose' ? section !== preamble || blocks.length > 0 : blocks.length > 0) {
      sections.push({ title: section.title, line: section.line, blocks });
    }
  };

  const nextNonBlank = (from: number): Line | undefined => {
    for (let k = from; k < lines.length; k++) if (lines[k]!.kind !== 'blank') return lines[k];
    return undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === first && title !== '') continue;

    if (line.kind === 'blank') {
      section.builder.blank();
      continue;
    }

    if (line.kind === 'field') {
      const field: Field = { key: line.key, value: line.text, values: [], line: line.no };
      if (line.text === '') {
        while (i + 1 < lines.length && lines[i + 1]!.kind === 'item') {
          i++;
          if (lines[i]!.text !== '') field.values.push(lines[i]!.text);
        }
      }
      const key = labelKey(line.key);
      if (!KNOWN_FIELDS.has(key)) {
        warn(line.no, `champ inconnu « ${line.key} » (conservé et affiché tel quel)`);
      } else if (fieldByKey.has(key)) {
        warn(line.no, `champ « ${line.key} » en double : la première valeur est retenue`);
      }
      if (!fieldByKey.has(key)) fieldByKey.set(key, field);
      fields.push(field);
      continue;
    }

    if (line.kind === 'heading' && line.depth === 2 && line.indent === 0) {
      const key = labelKey(line.text);
      const role = SECTION_ROLES[key] ?? 'prose';
      const known = role !== 'prose' || KNOWN_PROSE_SECTIONS.has(key);
      // The sources flatten some sub-headings to column 0 ("## Niveau CAP, bac pro" inside
      // "Accès au métier"); their text stays indented, which tells them from real sections.
      const next = nextNonBlank(i + 1);
      const subHeading =
        !known && section.role === 'prose' && section !== preamble && next !== undefined && next.indent > 0;
      if (!subHeading) {
        closeSection();
        openOtherName = null;
        section = { title: line.text, line: line.no, role, builder: new BlockBuilder(warn) };
        if (!known) warn(line.no, `section inconnue « ${line.text} » (conservée et affichée)`);
        continue;
      }
    }

    switch (section.role) {
      case 'otherNames':
        if (line.kind === 'heading' && line.depth >= 3) {
          openOtherName = { title: line.text, feminine: null, masculine: null };
          otherNames.push(openOtherName);
          continue;
        }
        if (line.kind === 'item' && openOtherName) {
          const form = /^(f[ée]minin|masculin)\s*:\s*/i.exec(line.text);
          if (form) {
            const value = line.text.slice(form[0].length).trim();
            if (form[1]!.toLowerCase() === 'masculin') openOtherName.masculine = value;
            else openOtherName.feminine = value;
            continue;
          }
        }
        break;
      case 'formations':
        if (line.kind === 'item' && line.text !== '') {
          const ref = splitRef(line.text);
          if (ref.sourceId === null)
            warn(line.no, `formation recommandée sans « (ID: FOR.n) » : « ${line.text} »`);
          refs.push({ ...ref, line: line.no });
          continue;
        }
        break;
      case 'metiers':
        if (line.kind === 'item' && line.text !== '') {
          refs.push({ title: line.text, sourceId: null, line: line.no });
          continue;
        }
        break;
      case 'interests':
        if (line.kind === 'item' && line.text !== '') {
          interestLines.push({ text: line.text, line: line.no });
          continue;
        }
        break;
      default:
        break;
    }

    if (line.kind === 'heading') section.builder.heading(line.depth, line.text);
    else if (line.kind === 'item') section.builder.item(line);
    else section.builder.text(line);
  }
  closeSection();

  const field = (key: string) => fieldByKey.get(key);

  // Sets, not arrays: a list of thousands of entries must not cost a quadratic deduplication.
  const interestSet = new Set<string>();
  for (const { text: label, line } of interestLines) {
    const interest = interestLabel(label);
    if (!interest.known) warn(line, `centre d'intérêt inconnu « ${label} » (conservé)`);
    interestSet.add(interest.label);
  }
  const interests = [...interestSet];

  const idField = field('id');
  const generalSection = lines.find(
    (l) => l.kind === 'heading' && l.depth === 2 && labelKey(l.text) === 'informations generales',
  );
  const looksFormation = generalSection !== undefined || field('type') !== undefined;
  if (idField && looksFormation) {
    error(
      idField.line,
      'fiche ambiguë : un « **ID:** » de métier et des « Informations générales » de formation',
    );
    return { fiche: null, diagnostics };
  }

  const common = { file, title, interests, refs, fields, sections };
  const gathered: Gathered = {
    common,
    field,
    otherNames,
    sections,
    first,
    generalSection,
    error,
    warn,
    failed: () => diagnostics.some((d) => d.severity === 'error'),
  };
  if (idField) return { fiche: metierRecord(idField, gathered), diagnostics };
  if (!looksFormation) {
    error(
      first.no,
      'type de fiche non reconnaissable : ni « **ID:** MET.<n> » (métier) ni « ## Informations générales » avec « **Type:** » (formation)',
    );
    return { fiche: null, diagnostics };
  }
  return { fiche: formationRecord(gathered), diagnostics };
}
