// A list shared by link (/favoris?liste=…): its fiches and their notes, compressed into one URL
// parameter short enough for a QR code. Links of the older form (?ids=MET.1,FOR.2) still open.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Kind } from '../catalog/kinds';
import { cleanNote, decodeIds, isFicheId, kindOfId, MAX_FAVORITES } from './favorites';

export interface SharedFiche {
  kind: Kind;
  id: string;
  note?: string;
}

/** The form of the payload; a later form gets another number, and this one still reads. */
const FORM = 1;
/**
 * A bound on the work of reading a link: a crafted one could decompress to the square of its
 * length. A list of 500 fiches without notes takes about 2,000 characters; messaging apps cut
 * links long before 8,000.
 */
const MAX_PARAM = 8_000;

/**
 * The `liste` parameter of a list: lz-string of `[1, "MET.1", ["FOR.2", "note"], …]`. Measured on
 * ten favourites with notes of about 30 characters: 499 characters of link, a QR code of version
 * 17 (M), where percent-encoded text takes 604 (version 19).
 */
export function encodeList(items: { id: string; note?: string }[]): string {
  const payload = [FORM, ...items.map((f) => (f.note ? [f.id, f.note] : f.id))];
  return compressToEncodedURIComponent(JSON.stringify(payload));
}

/** The fiches a `liste` parameter holds; what cannot be read is left out, never an error. */
export function decodeList(value: string): SharedFiche[] {
  if (value.length > MAX_PARAM) return [];
  let payload: unknown;
  try {
    // A `+` of the link may reach here as a space (form decoding of the query string).
    payload = JSON.parse(decompressFromEncodedURIComponent(value.replace(/ /g, '+')) ?? '');
  } catch {
    return [];
  }
  if (!Array.isArray(payload) || payload[0] !== FORM) return [];
  const seen = new Set<string>();
  const fiches: SharedFiche[] = [];
  for (const item of payload.slice(1)) {
    const [id, note] = Array.isArray(item) ? item : [item];
    if (!isFicheId(id) || seen.has(id)) continue;
    seen.add(id);
    const fiche: SharedFiche = { kind: kindOfId(id), id };
    const cleaned = cleanNote(note);
    if (cleaned !== undefined) fiche.note = cleaned;
    fiches.push(fiche);
    if (fiches.length === MAX_FAVORITES) break;
  }
  return fiches;
}

/** What a /favoris address shares: its `liste`, else its older `ids`. */
export function sharedFiches(search: { liste?: string; ids?: string }): SharedFiche[] {
  if (search.liste) return decodeList(search.liste);
  return decodeIds(search.ids);
}
