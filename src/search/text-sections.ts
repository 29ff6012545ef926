// Which parts of a fiche weigh most when a word is found in them: the sections that describe the
// job or the formation rank above incidental mentions (a salary table, a list of schools).
import { KIND_LIST } from '../catalog/kinds';

/** The name of the fiche's fields (« Informations générales ») in the full-text index. */
export const FIELDS_SECTION = 'Informations';

/** Sections that say what the job or the formation is. */
const DESCRIBING = new Set(['Présentation', 'En bref', 'Nature du travail', 'Description']);
/** The titles of linked fiches: a formation that leads to « infirmier » is about nursing. */
const RELATED = new Set<string>(KIND_LIST.map((k) => k.related.title));

/** A word's weight in a section, relative to the describing sections. */
export function sectionBoost(name: string): number {
  if (DESCRIBING.has(name)) return 1;
  if (RELATED.has(name)) return 0.5;
  if (name === FIELDS_SECTION) return 0.2;
  return 0.35;
}

/** Sections are bits of a posting's mask; the 31st stands for itself and every later one. */
export const SECTION_BITS = 31;

export function sectionBit(section: number): number {
  return 2 ** Math.min(section, SECTION_BITS - 1);
}

/** The section of linked fiches' titles, where a diploma's sigle names a linked formation. */
export function isRelatedSection(name: string): boolean {
  return RELATED.has(name);
}
