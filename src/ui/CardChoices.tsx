// Under a result card: choose it for a comparison, or rule it out (« Pas pour moi »).
import type { CatalogEntry } from '../catalog/catalog';
import { MAX_COMPARED } from '../favorites/favorites';
import { useCompare } from '../favorites/use-compare';
import { useHidden } from '../favorites/use-hidden';
import { RESULTS_ID } from './ResultsTarget';

/**
 * The card leaves the list: focus goes to the title of the card that takes its place (or the
 * one before it; the results themselves when it was the only one), so that a keyboard user goes
 * on from there rather than from the page's top.
 */
function focusNeighbour(from: HTMLElement) {
  const item = from.closest('li');
  const next = item?.nextElementSibling ?? item?.previousElementSibling;
  const target = next?.querySelector<HTMLElement>('h2 a, h3 a') ?? document.getElementById(RESULTS_ID);
  target?.focus();
}

export function CardChoices({ entry }: { entry: CatalogEntry }) {
  const compare = useCompare(entry.kind);
  const hidden = useHidden();
  const chosen = compare.has(entry.id);
  const disabled = !chosen && compare.full;
  return (
    <div className="no-print relative z-10 mt-3 flex flex-wrap items-center justify-between gap-x-4 gap-y-1 text-sm">
      <label
        className={`inline-flex min-h-11 items-center gap-2 ${disabled ? 'text-slate-500 dark:text-slate-400' : ''}`}
        title={disabled ? `${MAX_COMPARED} fiches au plus` : undefined}
      >
        <input
          type="checkbox"
          className="size-5 accent-brand-700"
          checked={chosen}
          disabled={disabled}
          aria-label={`Comparer : ${entry.title}`}
          onChange={(e) => compare.toggle(entry, e.target.checked)}
        />
        Comparer
      </label>
      <button
        type="button"
        className="inline-flex min-h-11 items-center gap-1 rounded px-2 text-slate-700 underline-offset-2 hover:underline dark:text-slate-300"
        aria-label={`Pas pour moi : ${entry.title}`}
        onClick={(e) => {
          focusNeighbour(e.currentTarget);
          hidden.hide(entry);
        }}
      >
        <span aria-hidden="true">✕</span> Pas pour moi
      </button>
    </div>
  );
}
