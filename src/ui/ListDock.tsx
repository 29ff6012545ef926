// The bar at the bottom of a list: « Annuler » just after a fiche was hidden, and the fiches
// chosen to compare with the way to the comparison. Stuck to the screen's bottom where the
// screen is tall enough for its text; a focused card is never under it (useStickyBottom).
import { Link } from '@tanstack/react-router';
import { countOf, type Kind } from '../catalog/kinds';
import { MAX_COMPARED } from '../favorites/favorites';
import { compareStore, useFicheList } from '../favorites/store';
import { useCompare } from '../favorites/use-compare';
import { useHidden } from '../favorites/use-hidden';
import { useStickyBottom } from './use-sticky-bottom';

function CompareBar({ kind }: { kind: Kind }) {
  const compare = useCompare(kind);
  const n = compare.items.length;
  if (n === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <p className="min-w-0 flex-[1_1_12rem]">
        <span className="font-semibold">{countOf(kind, n)} à comparer</span>
        {n < 2 ? ' : choisis-en au moins un autre.' : n >= MAX_COMPARED ? ` (${MAX_COMPARED} au plus).` : '.'}
      </p>
      {n >= 2 && (
        <Link to="/comparer" search={{ ids: compare.ids }} className="btn-primary">
          Comparer
        </Link>
      )}
      <button type="button" className="btn-secondary" onClick={compare.clear}>
        Vider
      </button>
    </div>
  );
}

function Undo() {
  const hidden = useHidden();
  const last = hidden.last;
  return (
    <div role="status" className={last ? 'flex flex-wrap items-center gap-x-3 gap-y-2' : 'sr-only'}>
      {last && (
        <>
          <p className="min-w-0 flex-[1_1_12rem]">« {last.title} » est masqué.</p>
          <button type="button" className="btn-secondary" onClick={() => hidden.show(last.kind, last.id)}>
            Annuler
          </button>
          <button
            type="button"
            className="btn-secondary"
            aria-label="Fermer ce message"
            onClick={hidden.dismissLast}
          >
            OK
          </button>
        </>
      )}
    </div>
  );
}

export function ListDock({ kinds }: { kinds: readonly Kind[] }) {
  const bar = useStickyBottom<HTMLDivElement>();
  const hidden = useHidden();
  const comparing = useFicheList(compareStore()).items.filter((f) => kinds.includes(f.kind));
  const empty = hidden.last === null && comparing.length === 0;
  return (
    <div
      ref={bar}
      className={`no-print bottom-0 z-20 -mx-gutter mt-6 space-y-3 border-t border-slate-200 bg-slate-50/95 px-gutter py-3 backdrop-blur [@media(min-height:30em)]:sticky dark:border-slate-800 dark:bg-slate-950/95 ${empty ? 'sr-only' : ''}`}
    >
      <Undo />
      {kinds.map((kind) => (
        <CompareBar key={kind} kind={kind} />
      ))}
    </div>
  );
}
