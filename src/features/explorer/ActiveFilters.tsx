// The query and the chosen filters above the results, each a button that takes it away.
import type { FacetKey } from '../../catalog/kinds';

export interface Chip {
  key: FacetKey;
  value: string;
  label: string;
  legend: string;
}

const CHIP =
  'tag gap-1 border border-slate-300 hover:bg-slate-200 dark:border-slate-600 dark:hover:bg-slate-700';

export function ActiveFilters({
  q,
  chips,
  onClearText,
  onRemove,
  onClearAll,
}: {
  q: string;
  chips: Chip[];
  onClearText: () => void;
  onRemove: (chip: Chip) => void;
  onClearAll: () => void;
}) {
  if (chips.length === 0 && !q) return null;
  return (
    <div className="no-print mt-3 flex flex-wrap items-center gap-2" aria-label="Filtres actifs" role="group">
      {q && (
        <button type="button" className={CHIP} onClick={onClearText}>
          <span className="sr-only">Effacer la recherche : </span>« {q} » <span aria-hidden="true">✕</span>
        </button>
      )}
      {chips.map((chip) => (
        <button
          key={`${chip.key}-${chip.value}`}
          type="button"
          className={CHIP}
          onClick={() => onRemove(chip)}
        >
          <span className="sr-only">Retirer le filtre {chip.legend} : </span>
          {chip.label} <span aria-hidden="true">✕</span>
        </button>
      ))}
      <button
        type="button"
        className="text-sm font-semibold text-brand-700 underline dark:text-brand-300"
        onClick={onClearAll}
      >
        Tout effacer
      </button>
    </div>
  );
}
