// The centres d'intérêt of the home page: grouped by theme, each a large checkbox with its count
// of métiers, and a box that narrows them to the words typed.
import { useId, useMemo, useState } from 'react';
import { groupByTheme } from '../../catalog/interest-themes';
import { fold } from '../../catalog/text';
import type { FacetValue } from '../../search/facets';

/** Whether a label holds every word typed, as the start of one of its words (« anim », « dehor »). */
function matches(label: string, words: string[]): boolean {
  const labelWords = fold(label).split(/[^\p{L}\p{N}]+/u);
  return words.every((word) => labelWords.some((w) => w.startsWith(word)));
}

export function InterestPicker({
  values,
  totals,
  selected,
  onChange,
}: {
  values: FacetValue[];
  /** How many métiers each interest has. */
  totals: Map<string, number>;
  selected: string[];
  onChange: (values: string[]) => void;
}) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const themes = useMemo(() => groupByTheme(values), [values]);
  const words = fold(filter)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  // A chosen interest stays in sight whatever is typed: it can always be unticked.
  const anyMatch = words.length === 0 || values.some((o) => matches(o.label, words));
  const shown = themes
    .map((theme) => ({
      ...theme,
      items: theme.items.filter((o) => selected.includes(o.value) || matches(o.label, words)),
    }))
    .filter((theme) => theme.items.length > 0);

  return (
    <div className="mt-6">
      <div className="max-w-md">
        <label htmlFor={`${id}-filtre`} className="font-semibold">
          Filtrer les centres d'intérêt
        </label>
        <input
          id={`${id}-filtre`}
          type="search"
          autoComplete="off"
          className="input mt-1"
          placeholder="Ex. : animaux, dessin…"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      {!anyMatch && (
        <p role="status" className="mt-4 text-slate-700 dark:text-slate-300">
          Aucun centre d'intérêt ne contient « {filter.trim()} ». Essaie un autre mot, ou efface le filtre.
        </p>
      )}
      <div className="mt-4 grid gap-x-8 gap-y-4 md:grid-cols-2 xl:grid-cols-3">
        {shown.map((theme) => (
          <fieldset key={theme.name} className="min-w-0">
            <legend className="font-bold">{theme.name}</legend>
            <ul className="mt-1 grid grid-cols-1 gap-1">
              {theme.items.map((option) => {
                const checked = selected.includes(option.value);
                const count = totals.get(option.value) ?? 0;
                return (
                  <li key={option.value}>
                    <label
                      className={`grid min-h-10 cursor-pointer grid-cols-[auto_minmax(0,1fr)] items-center gap-3 rounded-lg border-2 px-[12px] py-0.5 leading-snug font-medium has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600 ${
                        checked
                          ? 'border-brand-700 bg-brand-50 dark:border-brand-300 dark:bg-brand-950'
                          : 'border-slate-200 bg-white hover:border-brand-400 dark:border-slate-700 dark:bg-slate-900'
                      }`}
                    >
                      <input
                        type="checkbox"
                        className="size-5 accent-brand-700 dark:accent-brand-300"
                        checked={checked}
                        onChange={(e) =>
                          onChange(
                            e.target.checked
                              ? [...selected, option.value]
                              : selected.filter((v) => v !== option.value),
                          )
                        }
                      />
                      <span>
                        {option.label}{' '}
                        <span className="text-sm font-normal whitespace-nowrap text-slate-600 dark:text-slate-400">
                          <span aria-hidden="true">· </span>
                          {count} métier{count > 1 ? 's' : ''}
                        </span>
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
      </div>
    </div>
  );
}
