// The filters of a result list: one fieldset of checkboxes per facet, each with its count.
import { memo, useId, useState } from 'react';
import type { Facet, FacetKey } from '../../search/facets';
import type { Filters } from '../../search/explorer';

const COLLAPSED_SIZE = 8;

type Toggle = (key: FacetKey, value: string, checked: boolean) => void;

// Memoised: a keystroke changes a few counts, and only those options render again (`onToggle`
// is the same function from render to render).
const FacetOption = memo(function FacetOption({
  facetKey,
  inputId,
  value,
  label,
  count,
  checked,
  onToggle,
}: {
  facetKey: FacetKey;
  inputId: string;
  value: string;
  label: string;
  count: number;
  checked: boolean;
  onToggle: Toggle;
}) {
  return (
    <li>
      <label
        htmlFor={inputId}
        className={`flex min-h-9 cursor-pointer items-start gap-2 rounded px-1 py-1 hover:bg-slate-100 dark:hover:bg-slate-800 ${
          count === 0 && !checked ? 'cursor-not-allowed text-slate-500 dark:text-slate-500' : ''
        }`}
      >
        <input
          id={inputId}
          type="checkbox"
          value={value}
          className="mt-1 size-4 shrink-0 accent-brand-700 dark:accent-brand-300"
          checked={checked}
          disabled={count === 0 && !checked}
          onChange={(e) => onToggle(facetKey, value, e.target.checked)}
        />
        <span className="flex-1">{label}</span>
        <span
          className="tabular-nums text-slate-600 dark:text-slate-400"
          aria-label={`${count} résultat${count > 1 ? 's' : ''}`}
        >
          {count}
        </span>
      </label>
    </li>
  );
});

function FacetFieldset({
  facet,
  counts,
  selected,
  onToggle,
}: {
  facet: Facet;
  counts: Map<string, number>;
  selected: string[];
  onToggle: Toggle;
}) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const long = facet.values.length > COLLAPSED_SIZE + 2;
  // Selected values always stay visible, even in a collapsed list.
  const visible =
    long && !expanded
      ? facet.values.filter((v, i) => i < COLLAPSED_SIZE || selected.includes(v.value))
      : facet.values;
  return (
    <fieldset className="border-t border-slate-200 py-4 first:border-t-0 first:pt-0 dark:border-slate-700">
      <legend className="float-left w-full font-semibold">{facet.legend}</legend>
      {facet.hint && (
        <p className="clear-left pt-1 text-sm text-slate-600 dark:text-slate-400">{facet.hint}</p>
      )}
      <ul className="clear-left space-y-0.5 pt-2" id={`${id}-liste`}>
        {visible.map((option) => (
          <FacetOption
            key={option.value}
            facetKey={facet.key}
            inputId={`${id}-${option.value}`}
            value={option.value}
            label={option.label}
            count={counts.get(option.value) ?? 0}
            checked={selected.includes(option.value)}
            onToggle={onToggle}
          />
        ))}
      </ul>
      {long && (
        <button
          type="button"
          className="mt-1 text-sm font-semibold text-brand-700 underline dark:text-brand-300"
          aria-expanded={expanded}
          aria-controls={`${id}-liste`}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Voir moins' : `Voir les ${facet.values.length - visible.length} autres`}
        </button>
      )}
    </fieldset>
  );
}

export function FacetPanel({
  facets,
  counts,
  filters,
  onToggle,
}: {
  facets: Facet[];
  counts: Map<FacetKey, Map<string, number>>;
  filters: Filters;
  onToggle: Toggle;
}) {
  return (
    <div>
      {facets.map((facet) => (
        <FacetFieldset
          key={facet.key}
          facet={facet}
          counts={counts.get(facet.key) ?? new Map()}
          selected={filters[facet.key] ?? []}
          onToggle={onToggle}
        />
      ))}
    </div>
  );
}
