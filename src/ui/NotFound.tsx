// Unknown paths, and fiches whose id is not in the catalogue: never a blank page.
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useNavigate } from '@tanstack/react-router';
import type { Kind } from '../catalog/schema';
import { catalogQuery } from '../data/catalog-query';
import { FicheLink } from './EntryCard';
import { useDocumentTitle } from './use-document-title';

/** The words of a path or an id ("bac-pro-micro" → "bac pro micro"), to suggest close titles. */
function wordsOf(text: string): string {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // Broken percent-encoding: use the text as it is.
  }
  return decoded
    .replace(/\b(?:MET|FOR)\.\d+\b/gi, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 200);
}

function Suggestions({ words, kind }: { words: string; kind: Kind | null }) {
  const { data: search } = useQuery(catalogQuery);
  const close = search ? search.closeTitles(words, kind) : [];
  if (close.length === 0) return null;
  return (
    <section aria-labelledby="suggestions" className="mt-6">
      <h2 id="suggestions" className="text-xl font-semibold">
        Tu cherchais peut-être :
      </h2>
      <ul className="mt-2 list-disc pl-6">
        {close.map((entry) => (
          <li key={entry.index}>
            <FicheLink entry={entry} />{' '}
            <span className="text-slate-600 dark:text-slate-400">
              ({entry.kind === 'metier' ? 'métier' : 'formation'})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Shortcuts() {
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

export function NotFoundPage() {
  const pathname = useLocation({ select: (l) => l.pathname });
  useDocumentTitle('Page introuvable');
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Page introuvable</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        Cette adresse ne correspond à aucune page. Le lien est peut-être incomplet ou a changé.
      </p>
      <Suggestions words={wordsOf(pathname)} kind={null} />
      <Shortcuts />
    </div>
  );
}

export function FicheNotFound({ kind, id }: { kind: Kind; id: string }) {
  const label = kind === 'metier' ? 'métier' : 'formation';
  const navigate = useNavigate();
  useDocumentTitle('Fiche introuvable');
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Fiche introuvable</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        Aucune fiche {label} ne porte l'identifiant « {id} ». Elle a peut-être été retirée du catalogue, ou le
        lien est incomplet.
      </p>
      <form
        role="search"
        className="mt-6"
        onSubmit={(e) => {
          e.preventDefault();
          const q = new FormData(e.currentTarget).get('q')?.toString().trim();
          void navigate({ to: '/recherche', search: { q: q || undefined } });
        }}
      >
        <label htmlFor="fiche-introuvable-q" className="font-semibold">
          {kind === 'metier' ? 'Rechercher un métier' : 'Rechercher une formation'}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="fiche-introuvable-q"
            name="q"
            type="search"
            className="input"
            defaultValue={wordsOf(id)}
          />
          <button type="submit" className="btn-primary">
            Rechercher
          </button>
        </div>
      </form>
      <Suggestions words={wordsOf(id)} kind={kind} />
      <Shortcuts />
    </div>
  );
}
