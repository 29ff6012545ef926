// When nothing matches: say so kindly and offer what would give results.
import { KINDS, type FacetKey, type Kind } from '../../catalog/kinds';
import type { ListSearch } from '../../url/list-search';
import type { SetSearch } from './use-list-search';

export function NoResults({
  kind,
  search,
  chips,
  countWithout,
  countWithoutText,
  suggestion,
  setSearch,
}: {
  kind: Kind;
  search: ListSearch;
  chips: { key: FacetKey; value: string; label: string }[];
  countWithout: (key: FacetKey, value: string) => number;
  countWithoutText: () => number;
  suggestion: string | null;
  setSearch: SetSearch;
}) {
  const options: { label: string; count: number; apply: () => void }[] = [];
  if (suggestion) {
    options.push({
      label: `Chercher « ${suggestion} » à la place de « ${search.q} »`,
      count: -1,
      apply: () => setSearch({ ...search, q: suggestion }),
    });
  }
  if (search.q) {
    const count = countWithoutText();
    if (count > 0)
      options.push({
        label: `Effacer la recherche « ${search.q} »`,
        count,
        apply: () => setSearch({ ...search, q: undefined }),
      });
  }
  for (const chip of chips) {
    const count = countWithout(chip.key, chip.value);
    if (count > 0) {
      options.push({
        label: `Retirer le filtre « ${chip.label} »`,
        count,
        apply: () => {
          const values = (search[chip.key] ?? []).filter((v) => v !== chip.value);
          setSearch({ ...search, [chip.key]: values.length > 0 ? values : undefined });
        },
      });
    }
  }
  return (
    <div className="card p-6">
      <h2 className="text-xl font-semibold">{KINDS[kind].words.none} ne correspond, pour l'instant.</h2>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Ce n'est pas grave : élargis un peu ta recherche.
        {options.length === 0 && ' Essaie un mot plus court, ou retire des filtres.'}
      </p>
      {options.length > 0 && (
        <ul className="mt-4 space-y-2">
          {options.map((option) => (
            <li key={option.label}>
              <button type="button" className="btn-secondary text-left" onClick={option.apply}>
                {option.label}
                {option.count >= 0 && ` (${option.count} résultat${option.count > 1 ? 's' : ''})`}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
