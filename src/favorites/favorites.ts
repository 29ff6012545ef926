// Favourites as data: what is stored, how damaged or foreign storage is read back, how lists
// are merged and shared. No browser I/O here (see store.ts).
import { isKind, METIER_ID, type Kind } from '../catalog/kinds';

export interface Favorite {
  kind: Kind;
  id: string;
  /** Kept so that a fiche removed from the catalogue can still be named. */
  title: string;
  /** Milliseconds since 1970: the order of the list is the order of saving. */
  savedAt: number;
  /** What the student wrote about it (why it is saved, what to ask); absent when empty. */
  note?: string;
}

export const STORAGE_KEY = 'explorateur-metiers:favoris';
/** The fiches hidden as « Pas pour moi », kept as favourites are. */
export const HIDDEN_KEY = 'explorateur-metiers:masques';
/** The fiches chosen on the lists to compare, for this visit. */
export const COMPARE_KEY = 'explorateur-metiers:a-comparer';
/** A comparison shows 2 to this many fiches side by side. */
export const MAX_COMPARED = 4;
const VERSION = 1;
export const MAX_FAVORITES = 500;
/** A note is a few sentences; longer text is cut there, not refused. */
export const MAX_NOTE = 1000;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export type ReadProblem = 'corrupted' | 'foreign' | null;

export const isFicheId = (id: unknown): id is string => typeof id === 'string' && ID.test(id);

/** A note as it is kept: a string, at most `MAX_NOTE` characters; undefined when blank. */
export function cleanNote(note: unknown): string | undefined {
  if (typeof note !== 'string' || note.trim() === '') return undefined;
  return note.slice(0, MAX_NOTE);
}

/** One favourite from stored or imported data; null when it cannot be read. */
export function readItem(value: unknown): Favorite | null {
  if (!value || typeof value !== 'object') return null;
  const { kind, id, title, savedAt, note } = value as Record<string, unknown>;
  if (!isKind(kind)) return null;
  if (!isFicheId(id)) return null;
  const favorite: Favorite = {
    kind,
    id,
    title: typeof title === 'string' && title.trim() !== '' ? title.slice(0, 300) : id,
    savedAt: typeof savedAt === 'number' && Number.isFinite(savedAt) ? savedAt : 0,
  };
  const cleaned = cleanNote(note);
  if (cleaned !== undefined) favorite.note = cleaned;
  return favorite;
}

/**
 * Reads what storage holds: every favourite that can be read is kept, whatever else is there.
 * `problem` says whether something could not be read (to tell the user, and to keep a copy).
 */
export function parseStored(raw: string | null): { items: Favorite[]; problem: ReadProblem } {
  if (raw === null || raw === '') return { items: [], problem: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { items: [], problem: 'corrupted' };
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { items?: unknown }).items)
      ? (data as { items: unknown[] }).items
      : null;
  if (list === null) return { items: [], problem: 'foreign' };
  const items = dedupe(list.map(readItem).filter((f): f is Favorite => f !== null));
  const version = (data as { version?: unknown }).version;
  const clean = !Array.isArray(data) && version === VERSION && items.length === list.length;
  return { items, problem: clean ? null : 'foreign' };
}

export function serialize(items: Favorite[]): string {
  return JSON.stringify({ version: VERSION, items });
}

const keyOf = (f: { kind: Kind; id: string }) => `${f.kind}/${f.id}`;

function dedupe(items: Favorite[]): Favorite[] {
  const seen = new Set<string>();
  return items
    .filter((f) => {
      const key = keyOf(f);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_FAVORITES);
}

export function isFavorite(items: Favorite[], kind: Kind, id: string): boolean {
  return items.some((f) => f.kind === kind && f.id === id);
}

export function addFavorite(items: Favorite[], favorite: Favorite): Favorite[] {
  return isFavorite(items, favorite.kind, favorite.id) ? items : dedupe([...items, favorite]);
}

export function removeFavorite(items: Favorite[], kind: Kind, id: string): Favorite[] {
  return items.filter((f) => !(f.kind === kind && f.id === id));
}

/** Writes (or, when blank, removes) the note of a favourite. */
export function setNote(items: Favorite[], kind: Kind, id: string, note: string): Favorite[] {
  return items.map((f) => {
    if (f.kind !== kind || f.id !== id) return f;
    const next: Favorite = { kind: f.kind, id: f.id, title: f.title, savedAt: f.savedAt };
    const cleaned = cleanNote(note);
    if (cleaned !== undefined) next.note = cleaned;
    return next;
  });
}

/**
 * Adds what `incoming` has that `own` lacks, after `own`: nothing of the receiver's is lost or
 * overwritten. A note comes with a fiche that is added, or fills one's own empty note.
 */
export function mergeFavorites(own: Favorite[], incoming: Favorite[]): Favorite[] {
  const notes = new Map(incoming.flatMap((f) => (f.note ? [[keyOf(f), f.note] as const] : [])));
  const kept = own.map((f) => (f.note || !notes.has(keyOf(f)) ? f : { ...f, note: notes.get(keyOf(f))! }));
  const changed = kept.some((f, i) => f !== own[i]);
  const added = incoming.filter((f) => !isFavorite(own, f.kind, f.id));
  return added.length === 0 && !changed ? own : dedupe([...kept, ...added]);
}

// A shared list travels in the URL as ids: an id says its kind (METIER_ID).
export function kindOfId(id: string): Kind {
  return METIER_ID.test(id) ? 'metier' : 'formation';
}

export function encodeIds(items: { id: string }[]): string {
  return items.map((f) => f.id).join(',');
}

export function decodeIds(value: string | undefined, max = MAX_FAVORITES): { kind: Kind; id: string }[] {
  if (!value) return [];
  const ids = [...new Set(value.split(',').map((s) => s.trim()))].filter((id) => ID.test(id));
  return ids.slice(0, max).map((id) => ({ kind: kindOfId(id), id }));
}
