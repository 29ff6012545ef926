// What the full-text index reads of a fiche (search/text-index-writer.ts): every block of every
// section, the fields and the linked titles, each with its section's name; and the same for all
// the fiches at once in a form another thread receives in a few milliseconds.
import { KINDS } from '../catalog/kinds';
import type { Block, Fiche, ListItem } from '../catalog/schema';
import { FIELDS_SECTION } from './text-sections';

function listText(items: ListItem[], out: string[]) {
  for (const item of items) {
    out.push(item.text);
    listText(item.items, out);
  }
}

function blockText(block: Block): string {
  if (block.type !== 'list') return block.text;
  const out: string[] = [];
  listText(block.items, out);
  return out.join('\n');
}

/** The parts of a fiche the full-text index holds: (section name, text). */
export function textParts(fiche: Fiche): [string, string][] {
  const parts: [string, string][] = [];
  for (const section of fiche.sections) {
    for (const block of section.blocks) parts.push([section.title, blockText(block)]);
  }
  for (const field of fiche.fields) parts.push([FIELDS_SECTION, [field.value, ...field.values].join('\n')]);
  const related = KINDS[fiche.kind].related.title;
  for (const ref of fiche.related) parts.push([related, ref.title]);
  return parts;
}

/**
 * What the index is written from: every fiche's parts, in a form another thread receives in a
 * few milliseconds (one string and two arrays, where the fiches' objects took a quarter of a
 * second to copy at 3,400 fiches).
 */
export interface TextSource {
  fiches: number;
  /** Section names, by their number in `section`. */
  names: string[];
  /** For each part: its fiche (ascending), its section's number. */
  doc: Int32Array;
  section: Int32Array;
  /** The parts' texts, each ended by SEPARATOR. */
  texts: string;
}

/** Fiche text never holds it (the compiler reads text, not control characters). */
const SEPARATOR = '\u0000';

/** The texts of `source`'s parts, in the order of its arrays. */
export function partTexts(source: TextSource): string[] {
  return source.texts.split(SEPARATOR).slice(0, source.doc.length);
}

export function textSource(records: Fiche[]): TextSource {
  const names: string[] = [];
  const nameId = new Map<string, number>();
  const doc: number[] = [];
  const section: number[] = [];
  const texts: string[] = [];
  records.forEach((fiche, i) => {
    for (const [name, text] of textParts(fiche)) {
      let id = nameId.get(name);
      if (id === undefined) {
        id = names.length;
        names.push(name);
        nameId.set(name, id);
      }
      doc.push(i);
      section.push(id);
      texts.push(text.replaceAll(SEPARATOR, ' '));
    }
  });
  return {
    fiches: records.length,
    names,
    doc: Int32Array.from(doc),
    section: Int32Array.from(section),
    texts: texts.join(SEPARATOR) + SEPARATOR,
  };
}
