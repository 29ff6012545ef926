// One fiche's text → its structured content, before linking with the rest of the catalogue.
// The format and its quirks are described in DESIGN.md §1. Every line of text ends up somewhere
// in the result (title, a field, a list entry or a block of a section): nothing is dropped.
import { sortDiagnostics, type Diagnostic } from './diagnostics';
import type { Block, Field, Kind, ListItem, OtherName, Salary, Section } from './schema';
import { collapseSpaces, labelKey } from './text';
import { accessLevel, certificationLevel, durationInYears, interestLabel, statusLabel } from './vocabularies';

/** A cross-reference as written in the source, before it is resolved against the catalogue. */
export interface SourceRef {
  title: string;
  sourceId: string | null;
  line: number;
}

interface ParsedCommon {
  file: string;
  title: string;
  level: number | null;
  levelLabel: string | null;
  durationYears: number | null;
  interests: string[];
  statuses: string[];
  refs: SourceRef[];
  summary: string;
  fields: Field[];
  sections: Section[];
}

export interface ParsedMetier extends ParsedCommon {
  kind: 'metier';
  id: string;
  feminine: string | null;
  masculine: string | null;
  otherNames: OtherName[];
  romeCodes: string[];
  startingSalary: Salary | null;
}

export interface ParsedFormation extends ParsedCommon {
  kind: 'formation';
  type: string;
  sigle: string | null;
  codeScolarite: string | null;
  durationLabel: string;
  link: { url: string; https: boolean } | null;
}

export type ParsedFiche = ParsedMetier | ParsedFormation;

export interface ParseResult {
  fiche: ParsedFiche | null;
  diagnostics: Diagnostic[];
}

type LineKind = 'blank' | 'heading' | 'field' | 'item' | 'text';

interface Line {
  no: number;
  indent: number;
  kind: LineKind;
  /** The text without indentation, markers or surrounding spaces. */
  text: string;
  /** Heading: number of `#`. */
  depth: number;
  /** Field: its key. */
  key: string;
}

type SectionRole = 'prose' | 'general' | 'otherNames' | 'formations' | 'metiers' | 'interests';

const SECTION_ROLES: Record<string, SectionRole> = {
  'informations generales': 'general',
  'autres appellations': 'otherNames',
  'formations recommandees': 'formations',
  'metiers associes': 'metiers',
  "centres d'interet": 'interests',
};

/** The prose sections of each kind of fiche, by `labelKey` of their heading (DESIGN.md). */
export const PROSE_SECTIONS: Record<Kind, ReadonlySet<string>> = {
  metier: new Set([
    'presentation',
    'en bref',
    'nature du travail',
    'competences requises',
    'conditions de travail',
    'vie professionnelle',
    'salaire',
    'acces au metier',
  ]),
  formation: new Set(['description', 'acces', 'attendus', "poursuite d'etudes"]),
};
const KNOWN_PROSE_SECTIONS = new Set([...PROSE_SECTIONS.metier, ...PROSE_SECTIONS.formation]);

const KNOWN_FIELDS = new Set([
  'id',
  'appellations',
  'statuts possibles',
  'codes rome',
  "niveau d'acces minimum",
  'code scolarite',
  'duree',
  'niveau de certification',
  'type',
  'lien',
  'sigle',
]);

const HEADING = /^(#{1,6})[ \t\u00a0]+/;
const FIELD = /^\*\*([^*]{1,100}):\*\*/;
const ITEM = /^[-*+•](?:[ \t\u00a0]+|$)/;
// Markup-only lines (`<p>`, `</p>`) carry no text: they separate paragraphs like a blank line.
const MARKUP_ONLY = /^<\/?p\s*>$/i;
const LINE_BREAK_TAG = /<br\s*\/?>/gi;

function indentOf(raw: string): number {
  let n = 0;
  for (const c of raw) {
    if (c === ' ' || c === '\u00a0') n++;
    else if (c === '\t') n += 4;
    else break;
  }
  return n;
}

function classify(raw: string, no: number): Line {
  const indent = indentOf(raw);
  const text = raw.trim();
  const line: Line = { no, indent, kind: 'text', text, depth: 0, key: '' };
  if (text === '' || MARKUP_ONLY.test(text)) {
    line.kind = 'blank';
    line.text = '';
    return line;
  }
  const heading = HEADING.exec(text);
  if (heading) {
    line.kind = 'heading';
    line.depth = heading[1]!.length;
    line.text = text.slice(heading[0].length).trim();
    return line;
  }
  if (indent === 0) {
    const field = FIELD.exec(text);
    if (field) {
      line.kind = 'field';
      line.key = field[1]!.trim();
      line.text = text.slice(field[0].length).trim();
      return line;
    }
  }
  const item = ITEM.exec(text);
  if (item) {
    line.kind = 'item';
    line.text = text.slice(item[0].length).trim();
  }
  return line;
}

function inlineText(text: string): string {
  return text.replace(LINE_BREAK_TAG, '\n');
}

/**
 * How deep lists may nest. The sources go two levels deep; a hostile fiche could go thousands,
 * and everything that walks a list recursively (pruning, schema validation, JSON, rendering)
 * would overflow the stack. Deeper items join the deepest level: their text is kept.
 */
export const MAX_LIST_DEPTH = 10;

type Warn = (line: number, message: string) => void;

/** Builds the blocks of a prose section from its lines: paragraphs, sub-headings, nested lists. */
class BlockBuilder {
  readonly blocks: Block[] = [];
  private paragraph: string[] = [];
  private list: { indent: number; item: ListItem }[] = [];
  private listBlock: Extract<Block, { type: 'list' }> | null = null;
  /** Whether the previous line belonged to the last list item (no blank line since). */
  private inItem = false;
  /** Whether the current list was already reported as too deep: one warning per list is enough. */
  private tooDeep = false;

  constructor(private readonly warn: Warn) {}

  heading(depth: number, text: string) {
    this.closeAll();
    this.blocks.push({ type: 'heading', level: depth, text: inlineText(text) });
  }

  blank() {
    this.flushParagraph();
    this.inItem = false;
  }

  text(line: Line) {
    const last = this.list.at(-1);
    if (last && line.indent > last.indent && (this.inItem || last.item.text === '')) {
      const text = inlineText(line.text);
      last.item.text = last.item.text ? `${last.item.text} ${text}` : text;
      this.inItem = true;
      return;
    }
    this.closeList();
    this.paragraph.push(inlineText(line.text));
  }

  item(line: Line) {
    this.flushParagraph();
    const item: ListItem = { text: inlineText(line.text), items: [] };
    while (this.list.length > 0 && this.list.at(-1)!.indent >= line.indent) this.list.pop();
    if (this.list.length >= MAX_LIST_DEPTH) {
      this.list.length = MAX_LIST_DEPTH - 1;
      if (!this.tooDeep) {
        this.warn(
          line.no,
          `liste imbriquée sur plus de ${MAX_LIST_DEPTH} niveaux : les éléments plus profonds sont rattachés au ${MAX_LIST_DEPTH}e niveau`,
        );
        this.tooDeep = true;
      }
    }
    const parent = this.list.at(-1);
    if (parent) parent.item.items.push(item);
    else {
      if (!this.listBlock) {
        this.listBlock = { type: 'list', items: [] };
        this.blocks.push(this.listBlock);
      }
      this.listBlock.items.push(item);
    }
    this.list.push({ indent: line.indent, item });
    this.inItem = true;
  }

  /** Pushes a ready-made block (text met inside a structured section). */
  closeAll() {
    this.flushParagraph();
    this.closeList();
  }

  finish(): Block[] {
    this.closeAll();
    return this.blocks.map(pruneEmptyItems).filter((b) => b.type !== 'list' || b.items.length > 0);
  }

  private flushParagraph() {
    if (this.paragraph.length > 0) {
      this.blocks.push({ type: 'paragraph', text: this.paragraph.join(' ') });
      this.paragraph = [];
    }
  }

  private closeList() {
    this.list = [];
    this.listBlock = null;
    this.inItem = false;
    this.tooDeep = false;
  }
}

// A dash with no text and no continuation carries nothing. Recursive, but lists are at most
// MAX_LIST_DEPTH deep.
function pruneItems(items: ListItem[]): ListItem[] {
  return items
    .map((i) => ({ text: i.text, items: pruneItems(i.items) }))
    .filter((i) => i.text !== '' || i.items.length > 0);
}

function pruneEmptyItems(block: Block): Block {
  return block.type === 'list' ? { type: 'list', items: pruneItems(block.items) } : block;
}

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

/** `[label](url)` or a bare URL. */
function parseLink(value: string): { url: string; https: boolean } | null {
  const md = /^\[[^\]]*\]\(([^()\s]*)\)$/.exec(value);
  const url = md ? md[1]! : value;
  if (url === '') return null;
  return { url, https: URL.canParse(url) && new URL(url).protocol === 'https:' };
}

const AMOUNT = /\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+/g;

/** Reads a gross monthly amount when the text states one ("A partir de 1801 euros brut par mois"). */
export function parseSalary(text: string): Salary {
  const folded = labelKey(text);
  const perMonth = folded.indexOf('par mois');
  let eurosPerMonth: number | null = null;
  let maxEurosPerMonth: number | null = null;
  if (perMonth >= 0) {
    const statement = folded.slice(0, perMonth);
    if (/euros?|€/.test(statement)) {
      // Only the first two plausible amounts matter: stop there rather than list every number.
      const amounts: number[] = [];
      for (const match of statement.matchAll(AMOUNT)) {
        const n = Number(match[0].replace(/[^\d]/g, ''));
        if (n >= 300 && n <= 50000) amounts.push(n);
        if (amounts.length === 2) break;
      }
      if (amounts.length > 0) {
        eurosPerMonth = Math.min(...amounts);
        const max = Math.max(...amounts);
        maxEurosPerMonth = max !== eurosPerMonth ? max : null;
      }
    }
  }
  return { text, eurosPerMonth, maxEurosPerMonth };
}

function startingSalary(sections: Section[]): Salary | null {
  for (const section of sections) {
    const blocks = section.blocks;
    const at = blocks.findIndex((b) => b.type === 'heading' && labelKey(b.text) === 'salaire du debutant');
    if (at < 0) continue;
    const texts: string[] = [];
    for (const block of blocks.slice(at + 1)) {
      if (block.type === 'heading') break;
      if (block.type === 'paragraph') texts.push(block.text);
    }
    if (texts.length > 0) return parseSalary(texts.join('\n'));
  }
  return null;
}

const SUMMARY_LENGTH = 180;

function summaryOf(sections: Section[], preferred: string[]): string {
  const ordered = [
    ...sections.filter((s) => preferred.includes(labelKey(s.title))),
    ...sections.filter((s) => !preferred.includes(labelKey(s.title))),
  ];
  for (const section of ordered) {
    const paragraph = section.blocks.find((b) => b.type === 'paragraph');
    if (paragraph && paragraph.type === 'paragraph') return truncate(collapseSpaces(paragraph.text));
  }
  return '';
}

function truncate(text: string): string {
  if (text.length <= SUMMARY_LENGTH) return text;
  const cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
  return `${text.slice(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH).replace(/[\s,;:.]+$/, '')}…`;
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

  if (idField) {
    const id = idField.value.trim();
    if (!/^MET\.\d+$/.test(id)) {
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
    if (diagnostics.some((d) => d.severity === 'error')) return { fiche: null, diagnostics };
    return {
      fiche: {
        kind: 'metier',
        id,
        ...common,
        level,
        levelLabel: access?.value || null,
        durationYears,
        statuses: [...statuses],
        summary: summaryOf(sections, ['presentation', 'en bref']),
        feminine: form(/^f[ée]minin\s*:/i),
        masculine: form(/^masculin\s*:/i),
        otherNames,
        romeCodes: field('codes rome')?.values ?? [],
        startingSalary: startingSalary(sections),
      },
      diagnostics,
    };
  }

  if (!looksFormation) {
    error(
      first.no,
      'type de fiche non reconnaissable : ni « **ID:** MET.<n> » (métier) ni « ## Informations générales » avec « **Type:** » (formation)',
    );
    return { fiche: null, diagnostics };
  }

  const where = generalSection?.no ?? first.no;
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
  if (diagnostics.some((d) => d.severity === 'error')) return { fiche: null, diagnostics };

  const link = field('lien');
  return {
    fiche: {
      kind: 'formation',
      ...common,
      level,
      levelLabel: certification!.value,
      durationYears,
      durationLabel: duration!.value,
      statuses: [],
      summary: summaryOf(sections, ['description']),
      type: type!.value,
      sigle: field('sigle')?.value || null,
      codeScolarite: field('code scolarite')?.value || null,
      link: link ? parseLink(link.value) : null,
    },
    diagnostics,
  };
}
