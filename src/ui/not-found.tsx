// What the pages of an address that leads nowhere share: the words of the address, fiches with
// close titles, and ways on. (The pages themselves find the close titles.)
import { Link } from '@tanstack/react-router';
import type { CatalogEntry } from '../catalog/catalog';
import { KIND_LIST, KINDS } from '../catalog/kinds';
import { FicheLink } from './FicheLink';

/**
 * The words of a path or an id ("bac-pro-micro" → "bac pro micro"), to suggest close titles;
 * the segment of a kind's addresses (« /metiers/… ») is not one of them.
 */
export function wordsOf(text: string): string {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // Broken percent-encoding: use the text as it is.
  }
  const segments = new Set<string>(KIND_LIST.map((k) => k.routes.segment));
  return decoded
    .split('/')
    .filter((segment) => !segments.has(segment))
    .join(' ')
    .replace(/\b(?:MET|FOR)\.\d+\b/gi, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 200);
}

export function Suggestions({ entries }: { entries: CatalogEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="suggestions" className="mt-6">
      <h2 id="suggestions" className="text-xl font-semibold">
        Tu cherchais peut-être :
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {entries.map((entry) => (
          <li key={entry.index}>
            <FicheLink entry={entry} />{' '}
            <span className="text-slate-600 dark:text-slate-400">({KINDS[entry.kind].words.one})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Shortcuts() {
  return (
    <p className="mt-6 flex flex-wrap gap-3">
      <Link to="/" className="btn-primary">
        Revenir à l'accueil
      </Link>
      <Link to="/metiers" className="btn-secondary">
        Tous les métiers
      </Link>
      <Link to="/formations" className="btn-secondary">
        Toutes les formations
      </Link>
    </p>
  );
}
