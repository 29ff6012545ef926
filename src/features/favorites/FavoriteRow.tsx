// One saved fiche: its title and facts, and (in one's own list) a box to compare it and a way to
// take it out. A fiche gone from the catalogue is still named.
import { useId } from 'react';
import type { Catalog } from '../../catalog/catalog';
import { cardFacts } from '../../catalog/facts';
import type { Favorite } from '../../favorites/favorites';
import { FicheLink } from '../../ui/FicheLink';

export function FavoriteRow({
  favorite,
  catalog,
  selected,
  onSelect,
  onRemove,
}: {
  favorite: Favorite;
  catalog: Catalog;
  selected?: boolean;
  onSelect?: (checked: boolean) => void;
  onRemove?: () => void;
}) {
  const entry = catalog.find(favorite.kind, favorite.id);
  const id = useId();
  return (
    <li className="card flex flex-wrap items-start gap-3 p-4">
      {onSelect && entry && (
        <input
          id={id}
          type="checkbox"
          className="no-print mt-1.5 size-5 accent-brand-700 dark:accent-brand-300"
          checked={selected}
          onChange={(e) => onSelect(e.target.checked)}
          aria-label={`Comparer « ${entry.title} »`}
        />
      )}
      <div className="min-w-0 flex-1">
        {entry ? (
          <>
            <p className="text-lg font-semibold">
              <FicheLink entry={entry} />
            </p>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{cardFacts(entry).join(' · ')}</p>
          </>
        ) : (
          <>
            <p className="text-lg font-semibold">{favorite.title}</p>
            <p className="mt-1 text-sm text-amber-800 dark:text-amber-300">Fiche retirée du catalogue</p>
          </>
        )}
      </div>
      {onRemove && (
        <button type="button" className="btn-secondary no-print" onClick={onRemove}>
          Retirer<span className="sr-only"> « {favorite.title} » des favoris</span>
        </button>
      )}
    </li>
  );
}
