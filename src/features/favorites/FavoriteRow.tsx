// One saved fiche: its title and facts, its note, and (in one's own list) a box to compare it and
// a way to take it out. A fiche gone from the catalogue is still named. Printed, the row is the
// meeting's sheet: facts, the short route to a métier, the note as text.
import { useId } from 'react';
import type { Catalog } from '../../catalog/catalog';
import { cardFacts } from '../../catalog/facts';
import type { Favorite } from '../../favorites/favorites';
import { MAX_NOTE } from '../../favorites/favorites';
import { FicheLink } from '../../ui/FicheLink';
import { ShortRoute } from './ShortRoute';

function NoteField({ favorite, onNote }: { favorite: Favorite; onNote: (note: string) => void }) {
  const id = useId();
  return (
    <div className="no-print basis-full">
      <label htmlFor={id} className="block text-sm font-semibold">
        Note<span className="sr-only"> sur « {favorite.title} »</span>
      </label>
      <textarea
        id={id}
        className="input mt-1 min-h-20 resize-y"
        rows={2}
        maxLength={MAX_NOTE}
        placeholder="Pourquoi elle te plaît, ce que tu veux demander…"
        value={favorite.note ?? ''}
        onChange={(e) => onNote(e.target.value)}
      />
    </div>
  );
}

export function FavoriteRow({
  favorite,
  catalog,
  selected,
  onSelect,
  onRemove,
  onNote,
}: {
  favorite: Favorite;
  catalog: Catalog;
  selected?: boolean;
  onSelect?: (checked: boolean) => void;
  onRemove?: () => void;
  /** One's own list: the note can be written. Otherwise it is shown as it came. */
  onNote?: (note: string) => void;
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
            {entry.kind === 'metier' && <ShortRoute metier={entry} catalog={catalog} />}
          </>
        ) : (
          <>
            <p className="text-lg font-semibold">{favorite.title}</p>
            <p className="mt-1 text-sm text-amber-800 dark:text-amber-300">Fiche retirée du catalogue</p>
          </>
        )}
        {favorite.note && (
          <p className={`mt-2 whitespace-pre-line ${onNote ? 'hidden print:block' : ''}`}>
            <span className="font-semibold">Note :</span> {favorite.note}
          </p>
        )}
      </div>
      {onRemove && (
        <button type="button" className="btn-secondary no-print" onClick={onRemove}>
          Retirer<span className="sr-only"> « {favorite.title} » des favoris</span>
        </button>
      )}
      {/* The whole width of the card, under the buttons: room to write on a phone. */}
      {onNote && <NoteField favorite={favorite} onNote={onNote} />}
    </li>
  );
}
