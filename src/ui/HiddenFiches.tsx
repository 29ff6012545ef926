// « N fiches masquées »: the hidden fiches this list would show, each with a way to put it back.
import type { CatalogEntry } from '../catalog/catalog';
import { useHidden } from '../favorites/use-hidden';
import { FicheLink } from './FicheLink';

export function HiddenFiches({ entries }: { entries: CatalogEntry[] }) {
  const hidden = useHidden();
  if (entries.length === 0) return null;
  const n = entries.length;
  return (
    <details className="no-print mt-3 text-slate-700 dark:text-slate-300">
      <summary className="inline-flex min-h-11 cursor-pointer items-center">
        {n} fiche{n > 1 ? 's masquées' : ' masquée'} (« Pas pour moi ») : les voir
      </summary>
      <ul className="mt-2 space-y-1" aria-label="Fiches masquées">
        {entries.map((entry) => (
          <li key={entry.index} className="flex flex-wrap items-center gap-x-3">
            <FicheLink entry={entry} />
            <button
              type="button"
              className="btn-secondary min-h-11 py-1"
              aria-label={`Remettre dans les listes : ${entry.title}`}
              onClick={() => hidden.show(entry.kind, entry.id)}
            >
              Remettre
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
