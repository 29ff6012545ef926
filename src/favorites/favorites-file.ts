// Favourites as a file, to carry them to another device or keep them: a small JSON file with its
// format, version and the catalogue it was written with. Reading one never throws: a damaged or
// foreign file gets a French message, and importing merges (store.ts, favorites.ts).
import { MAX_FAVORITES, readItem, type Favorite } from './favorites';

export const FILE_FORMAT = 'explorateur-metiers/favoris';
const FILE_VERSION = 1;
/** Far more than 500 favourites with long notes take. */
export const MAX_FILE_BYTES = 2_000_000;

export interface FavoritesFile {
  format: typeof FILE_FORMAT;
  version: number;
  /** When the file was written (ISO date). */
  exportedAt: string;
  /** The catalogue it was written with (its data's hash, the export's day): fiches may have changed since. */
  catalogue: { version: string; exported: string | null };
  items: Favorite[];
}

export function favoritesFile(items: Favorite[], catalogue: FavoritesFile['catalogue'], now: Date): string {
  const file: FavoritesFile = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exportedAt: now.toISOString(),
    catalogue,
    items,
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** The name the file is saved under: the day it was written. */
export const favoritesFileName = (now: Date) => `mes-favoris-${now.toISOString().slice(0, 10)}.json`;

export type ReadFileResult = { items: Favorite[]; unreadable: number } | { error: string };

/** Reads a file chosen to import; `error` is what to tell the student, in French. */
export function readFavoritesFile(text: string): ReadFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'Ce fichier est abîmé ou n’est pas un fichier de favoris : il ne peut pas être lu.' };
  }
  const file = data as Partial<Record<keyof FavoritesFile, unknown>> | null;
  if (!file || typeof file !== 'object' || file.format !== FILE_FORMAT || !Array.isArray(file.items))
    return { error: 'Ce fichier n’est pas un fichier de favoris de l’Explorateur des métiers.' };
  if (typeof file.version !== 'number' || file.version > FILE_VERSION)
    return {
      error:
        'Ce fichier vient d’une version plus récente de l’application : recharge la page pour la mettre à jour, puis réessaie.',
    };
  const items = file.items.slice(0, MAX_FAVORITES).flatMap((raw) => {
    const item = readItem(raw);
    return item ? [item] : [];
  });
  return { items, unreadable: Math.min(file.items.length, MAX_FAVORITES) - items.length };
}
