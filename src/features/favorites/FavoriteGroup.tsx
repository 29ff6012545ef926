// The saved fiches of one kind, and the choice of 2 to 4 of them to compare.
import { Link } from '@tanstack/react-router';
import type { Catalog } from '../../catalog/catalog';
import { KINDS, type Kind } from '../../catalog/kinds';
import type { Favorite } from '../../favorites/favorites';
import { FavoriteRow } from './FavoriteRow';

export function FavoriteGroup({
  kind,
  items,
  catalog,
  chosen,
  onSelect,
  onRemove,
  onNote,
}: {
  kind: Kind;
  items: Favorite[];
  catalog: Catalog;
  /** The ids ticked for the comparison. */
  chosen: string[];
  onSelect: (id: string, checked: boolean) => void;
  onRemove: (id: string) => void;
  onNote: (id: string, note: string) => void;
}) {
  const canCompare = chosen.length >= 2 && chosen.length <= 4;
  return (
    <section aria-labelledby={`favoris-${kind}`} className="mt-8">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id={`favoris-${kind}`} className="flex-1 text-2xl font-bold">
          {KINDS[kind].words.title} ({items.length})
        </h2>
        <div className="no-print flex items-center gap-3">
          <span className="text-sm text-slate-700 dark:text-slate-300">
            {chosen.length === 0
              ? 'Coche 2 à 4 fiches pour les comparer'
              : `${chosen.length} cochée${chosen.length > 1 ? 's' : ''}`}
            {chosen.length > 4 && ' (4 au plus)'}
          </span>
          {canCompare ? (
            <Link to="/comparer" search={{ ids: chosen.join(',') }} className="btn-primary">
              Comparer
            </Link>
          ) : (
            <button type="button" className="btn-primary" disabled>
              Comparer
            </button>
          )}
        </div>
      </div>
      <ul className="mt-3 grid grid-cols-1 gap-3">
        {items.map((favorite) => (
          <FavoriteRow
            key={favorite.id}
            favorite={favorite}
            catalog={catalog}
            selected={chosen.includes(favorite.id)}
            onSelect={(checked) => onSelect(favorite.id, checked)}
            onRemove={() => onRemove(favorite.id)}
            onNote={(note) => onNote(favorite.id, note)}
          />
        ))}
      </ul>
    </section>
  );
}
