// /metiers and /formations: search box, facets, active filters, sort and results.
import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useId, useLayoutEffect, useMemo, useRef } from 'react';
import type { CatalogEntry } from '../../catalog/catalog';
import { countOf, KINDS, type FacetKey, type Kind } from '../../catalog/kinds';
import { catalogQuery } from '../../data/catalog-query';
import { useTextSearch } from '../../data/text-search';
import type { Filters, KindExplorer } from '../../search/explorer';
import { useHidden, useHiddenIndexes } from '../../favorites/use-hidden';
import { HiddenFiches } from '../../ui/HiddenFiches';
import { ListDock } from '../../ui/ListDock';
import { ResultsTarget } from '../../ui/ResultsTarget';
import { useDocumentTitle } from '../../ui/use-document-title';
import { toQuery, type ListSearch } from '../../url/list-search';
import { ActiveFilters, type Chip } from './ActiveFilters';
import { FacetPanel } from './FacetPanel';
import { useFilterPanels } from './FilterPanels';
import { NoResults } from './NoResults';
import { ResultList } from './ResultList';
import { TextSearchFailed } from '../../ui/TextSearchFailed';
import { SalaryChart } from './SalaryChart';
import { useListSearch } from './use-list-search';

// The same Set for the same choice of interests, so that the cards (memoised) need not render
// again when only the text of the search changes.
const interestLabelCache = new WeakMap<KindExplorer, Map<string, Set<string>>>();
function chosenInterestLabels(explorer: KindExplorer, values: string[] = []): Set<string> {
  const key = values.join(',');
  let cache = interestLabelCache.get(explorer);
  if (!cache) interestLabelCache.set(explorer, (cache = new Map()));
  let labels = cache.get(key);
  if (!labels) {
    const facet = explorer.facet('interets');
    labels = new Set(values.map((v) => facet?.values.find((x) => x.value === v)?.label ?? v));
    cache.set(key, labels);
  }
  return labels;
}

/** Sorted by salary: how many results state none (they come last). */
function NoSalary({ results }: { results: CatalogEntry[] }) {
  const n = results.filter((e) => e.salary === null).length;
  if (n === 0) return null;
  return (
    <span className="ml-2 text-sm font-normal text-slate-600 dark:text-slate-400">
      dont {n} sans salaire indiqué, en fin de liste
    </span>
  );
}

/** How many filter values are chosen. */
const filterCount = (filters: Filters) => Object.values(filters).reduce((n, v) => n + (v?.length ?? 0), 0);

function listTitle(title: string, search: ListSearch, kind: Kind): string {
  const filters = filterCount(toQuery(kind, search).filters);
  return [search.q && `« ${search.q} »`, filters > 0 && `${filters} filtre${filters > 1 ? 's' : ''}`, title]
    .filter(Boolean)
    .join(' · ');
}

export function ExplorerPage({ kind }: { kind: Kind }) {
  const { data: catalogSearch } = useSuspenseQuery(catalogQuery);
  const { search, searchString, urlSearch, setSearch } = useListSearch(kind, catalogSearch);
  const explorer = catalogSearch.explorers[kind];
  const { words, sorts } = KINDS[kind];
  const id = useId();

  const query = useMemo(() => toQuery(kind, search), [kind, search]);
  const q = search.q ?? '';
  const text = useTextSearch(catalogSearch, q);
  const matches = text.answer?.matches ?? null;
  const hidden = useHiddenIndexes(catalogSearch.catalog, useHidden().items);
  const result = useMemo(() => explorer.run(query, matches, hidden), [explorer, query, matches, hidden]);
  const highlight = chosenInterestLabels(explorer, search.interets);
  // Keyed by the filters alone: typing in the box does not re-render every card.
  const filtersKey = JSON.stringify(query.filters);
  const met = useMemo(() => explorer.metFilters(JSON.parse(filtersKey) as Filters), [explorer, filtersKey]);

  const activeCount = filterCount(query.filters);
  const total = result.results.length;
  const countText = countOf(kind, total);
  // The title names the bookmark: it follows the URL, not each keystroke.
  useDocumentTitle(listTitle(words.title, urlSearch, kind));

  // The same function from render to render (the facet options are memoised on it), acting on
  // the state of the latest render.
  const shown = useRef(search);
  useLayoutEffect(() => {
    shown.current = search;
  });
  const toggle = useCallback(
    (key: FacetKey, value: string, checked: boolean) => {
      const current = shown.current[key] ?? [];
      const values = checked ? [...current, value] : current.filter((v) => v !== value);
      setSearch({ ...shown.current, [key]: values.length > 0 ? values : undefined });
    },
    [setSearch],
  );

  const chips: Chip[] = explorer.facets.flatMap((facet) =>
    (search[facet.key] ?? []).map((value) => ({
      key: facet.key,
      value,
      label: facet.values.find((v) => v.value === value)?.label ?? value,
      legend: facet.legend,
    })),
  );

  const filters = useFilterPanels({
    id,
    panel: (
      <FacetPanel facets={explorer.facets} counts={result.counts} filters={query.filters} onToggle={toggle} />
    ),
    closeLabel: total === 0 ? 'Fermer' : total === 1 ? `Voir ${words.the}` : `Voir les ${countText}`,
  });

  return (
    <>
      <h1 className="text-3xl font-bold">{words.title}</h1>
      <form
        role="search"
        aria-label={words.title}
        className="mt-4 max-w-2xl"
        onSubmit={(e) => e.preventDefault()}
      >
        <label htmlFor={`${id}-q`} className="font-semibold">
          {words.search}
        </label>
        <input
          type="search"
          autoComplete="off"
          enterKeyHint="search"
          className="input mt-1"
          id={`${id}-q`}
          placeholder={words.placeholder}
          value={q}
          onChange={(e) =>
            setSearch(
              { ...search, q: e.target.value.trim() === '' ? undefined : e.target.value },
              { replace: true },
            )
          }
        />
      </form>

      <div className="mt-6 lg:grid lg:grid-cols-[17rem_minmax(0,1fr)] lg:gap-8">
        {filters.aside}
        {filters.dialog}

        <section aria-labelledby={`${id}-count`}>
          <div className="flex flex-wrap items-center gap-3">
            <p id={`${id}-count`} role="status" className="min-w-32 text-lg font-semibold">
              {countText}
              {search.tri === 'salaire' && <NoSalary results={result.results} />}
              {text.failed && <TextSearchFailed />}
            </p>
            {filters.openButton(activeCount)}
            <label className="no-print ml-auto flex max-w-full flex-wrap items-center gap-x-2">
              <span>Trier par</span>
              <select
                className="input w-auto max-w-full min-w-0"
                value={search.tri ?? 'pertinence'}
                onChange={(e) =>
                  setSearch({
                    ...search,
                    tri: e.target.value === 'pertinence' ? undefined : (e.target.value as ListSearch['tri']),
                  })
                }
              >
                {sorts.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
          </div>

          <ActiveFilters
            q={q}
            chips={chips}
            onClearText={() => setSearch({ ...search, q: undefined })}
            onRemove={(chip) => toggle(chip.key, chip.value, false)}
            onClearAll={() => setSearch(search.tri ? { tri: search.tri } : {})}
          />

          <HiddenFiches entries={result.hidden} />
          {/* Nothing for fiches that state no salary (formations). */}
          <SalaryChart results={result.results} kind={kind} />

          <ResultsTarget className="mt-4">
            {total === 0 ? (
              <NoResults
                kind={kind}
                search={search}
                chips={chips}
                countWithout={(key, value) => explorer.countWithout(query, matches, key, value, hidden)}
                countWithoutText={() => explorer.run(query, null).results.length}
                suggestion={q ? catalogSearch.suggest(q) : null}
                setSearch={setSearch}
              />
            ) : (
              <ResultList
                results={result.results}
                highlight={highlight}
                met={met}
                listKey={searchString}
                foundIn={text.answer?.foundIn}
              />
            )}
          </ResultsTarget>
          <ListDock kinds={[kind]} />
        </section>
      </div>
    </>
  );
}
