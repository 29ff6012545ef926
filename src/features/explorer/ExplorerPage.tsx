// /metiers and /formations: search box, facets, active filters, sort and results.
import { useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Kind } from '../../catalog/schema';
import { bodySearch } from '../../data/body-search';
import { catalogQuery } from '../../data/catalog-query';
import { useTextMatches } from '../../data/use-text-matches';
import type { Filters, KindExplorer } from '../../search/explorer';
import type { FacetKey } from '../../search/facets';
import { stringifySearch } from '../../router-search';
import { SearchInput } from '../../ui/SearchInput';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useMediaQuery } from '../../ui/use-media-query';
import { FacetPanel } from './FacetPanel';
import { canonicalListSearch, SORTS, toQuery, type ListSearch } from './list-search';
import { NoResults } from './NoResults';
import { useDraftSearch, type SetSearch } from './use-draft-search';
import { ResultList } from './ResultList';

const WORDING: Record<Kind, { title: string; one: string; many: string; search: string }> = {
  metier: { title: 'Métiers', one: 'métier', many: 'métiers', search: 'Rechercher un métier' },
  formation: {
    title: 'Formations',
    one: 'formation',
    many: 'formations',
    search: 'Rechercher une formation',
  },
};

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

/** How many filter values are chosen. */
const filterCount = (filters: Filters) => Object.values(filters).reduce((n, v) => n + (v?.length ?? 0), 0);

function listTitle(title: string, search: ListSearch, kind: Kind): string {
  const filters = filterCount(toQuery(kind, search).filters);
  return [search.q && `« ${search.q} »`, filters > 0 && `${filters} filtre${filters > 1 ? 's' : ''}`, title]
    .filter(Boolean)
    .join(' · ');
}

export function ExplorerPage({
  kind,
  search: urlSearch,
  setSearch: navigate,
}: {
  kind: Kind;
  search: ListSearch;
  setSearch: SetSearch;
}) {
  const [search, setSearch] = useDraftSearch(urlSearch, navigate);
  const { data: catalogSearch } = useSuspenseQuery(catalogQuery);
  const explorer = catalogSearch.explorers[kind];
  const wording = WORDING[kind];
  const id = useId();
  // null in the pages drawn at build time: both layouts are drawn, CSS shows the right one.
  const wide = useMediaQuery('(min-width: 64rem)');
  const drawer = useRef<HTMLDialogElement>(null);
  // The drawer's facets are rendered only while it is open: on a phone they are not part of the
  // first screen, and rendering them hidden delayed it.
  const [drawerOpen, setDrawerOpen] = useState(false);

  // The URL itself is rewritten to this form by `CanonicalUrl`; render it already.
  const canonical = canonicalListSearch(kind, search, catalogSearch);
  const canonicalString = stringifySearch(canonical);

  const query = toQuery(kind, canonical);
  const q = canonical.q ?? '';
  const text = useTextMatches(catalogSearch, q);
  const result = useMemo(() => explorer.run(query, text.matches), [explorer, canonicalString, text.matches]); // eslint-disable-line react-hooks/exhaustive-deps

  const highlight = chosenInterestLabels(explorer, canonical.interets);

  const activeCount = filterCount(query.filters);
  const total = result.results.length;
  const countText = `${total} ${total > 1 ? wording.many : wording.one}`;
  // The title names the bookmark: it follows the URL, not each keystroke.
  useDocumentTitle(listTitle(wording.title, canonicalListSearch(kind, urlSearch, catalogSearch), kind));

  // The same function from render to render (the facet options are memoised on it), acting on
  // the state of the latest render.
  const shown = useRef(canonical);
  useLayoutEffect(() => {
    shown.current = canonical;
  });
  const toggle = useCallback(
    (key: FacetKey, value: string, checked: boolean) => {
      const current = shown.current[key] ?? [];
      const values = checked ? [...current, value] : current.filter((v) => v !== value);
      setSearch({ ...shown.current, [key]: values.length > 0 ? values : undefined });
    },
    [setSearch],
  );
  const clearAll = () => setSearch(canonical.tri ? { tri: canonical.tri } : {});

  const chips = explorer.facets.flatMap((facet) =>
    (canonical[facet.key] ?? []).map((value) => ({
      key: facet.key,
      value,
      label: facet.values.find((v) => v.value === value)?.label ?? value,
      legend: facet.legend,
    })),
  );

  const panel = (
    <FacetPanel facets={explorer.facets} counts={result.counts} filters={query.filters} onToggle={toggle} />
  );

  return (
    <>
      <h1 className="text-3xl font-bold">{wording.title}</h1>
      <form
        role="search"
        aria-label={wording.title}
        className="mt-4 max-w-2xl"
        onSubmit={(e) => e.preventDefault()}
      >
        <label htmlFor={`${id}-q`} className="font-semibold">
          {wording.search}
        </label>
        <SearchInput
          id={`${id}-q`}
          className="input mt-1"
          placeholder={
            kind === 'metier' ? 'Ex. : électricien, soigner, dessin…' : 'Ex. : BTS, bac pro, commerce…'
          }
          value={q}
          onFocus={() => bodySearch.start(catalogSearch.catalog)}
          onValueChange={(value) =>
            setSearch({ ...canonical, q: value.trim() === '' ? undefined : value }, { replace: true })
          }
        />
      </form>

      <div className="mt-6 lg:grid lg:grid-cols-[17rem_1fr] lg:gap-8">
        {wide !== false && (
          <aside
            aria-label="Filtres"
            className={`no-print self-start ${wide === null ? 'max-lg:hidden' : ''}`}
          >
            <h2 className="mb-3 text-xl font-bold">Filtres</h2>
            {panel}
          </aside>
        )}
        {wide !== true && (
          <dialog
            ref={drawer}
            onClose={() => setDrawerOpen(false)}
            aria-labelledby={`${id}-filtres`}
            className="m-0 ml-auto h-dvh max-h-none w-[min(24rem,100vw)] max-w-none bg-white p-0 text-slate-900 backdrop:bg-black/50 dark:bg-slate-900 dark:text-slate-100"
          >
            <div className="sticky top-0 flex items-center justify-between border-b border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
              <h2 id={`${id}-filtres`} className="text-xl font-bold">
                Filtres
              </h2>
              <button type="button" className="btn-primary" onClick={() => drawer.current?.close()}>
                {total === 0
                  ? 'Fermer'
                  : total === 1
                    ? `Voir ${kind === 'metier' ? 'le métier' : 'la formation'}`
                    : `Voir les ${countText}`}
              </button>
            </div>
            <div className="p-4">{drawerOpen && panel}</div>
          </dialog>
        )}

        <section aria-labelledby={`${id}-count`}>
          <div className="flex flex-wrap items-center gap-3">
            <p id={`${id}-count`} role="status" className="min-w-32 text-lg font-semibold">
              {countText}
              {text.bodyPending && (
                <span className="ml-2 text-sm font-normal text-slate-600 dark:text-slate-400">
                  (recherche dans le texte des fiches…)
                </span>
              )}
            </p>
            {wide !== true && (
              <button
                type="button"
                className={`btn-secondary no-print ${wide === null ? 'lg:hidden' : ''}`}
                aria-haspopup="dialog"
                onClick={() => {
                  setDrawerOpen(true);
                  drawer.current?.showModal();
                }}
              >
                Filtres{activeCount > 0 ? ` (${activeCount})` : ''}
              </button>
            )}
            <label className="no-print ml-auto flex items-center gap-2">
              <span>Trier par</span>
              <select
                className="input w-auto"
                value={canonical.tri ?? 'pertinence'}
                onChange={(e) =>
                  setSearch({
                    ...canonical,
                    tri: e.target.value === 'pertinence' ? undefined : (e.target.value as ListSearch['tri']),
                  })
                }
              >
                {SORTS[kind].map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
            </label>
          </div>

          {(chips.length > 0 || q) && (
            <div
              className="no-print mt-3 flex flex-wrap items-center gap-2"
              aria-label="Filtres actifs"
              role="group"
            >
              {q && (
                <button
                  type="button"
                  className="tag gap-1 border border-slate-300 hover:bg-slate-200 dark:border-slate-600 dark:hover:bg-slate-700"
                  onClick={() => setSearch({ ...canonical, q: undefined })}
                >
                  <span className="sr-only">Effacer la recherche : </span>« {q} »{' '}
                  <span aria-hidden="true">✕</span>
                </button>
              )}
              {chips.map((chip) => (
                <button
                  key={`${chip.key}-${chip.value}`}
                  type="button"
                  className="tag gap-1 border border-slate-300 hover:bg-slate-200 dark:border-slate-600 dark:hover:bg-slate-700"
                  onClick={() => toggle(chip.key, chip.value, false)}
                >
                  <span className="sr-only">Retirer le filtre {chip.legend} : </span>
                  {chip.label} <span aria-hidden="true">✕</span>
                </button>
              ))}
              <button
                type="button"
                className="text-sm font-semibold text-brand-700 underline dark:text-brand-300"
                onClick={clearAll}
              >
                Tout effacer
              </button>
            </div>
          )}

          <div className="mt-4">
            {total === 0 && !text.bodyPending ? (
              <NoResults
                kind={kind}
                canonical={canonical}
                chips={chips}
                countWithout={(key, value) => explorer.countWithout(query, text.matches, key, value)}
                countWithoutText={() => explorer.run(query, null).results.length}
                suggestion={q ? catalogSearch.suggest(q) : null}
                setSearch={setSearch}
              />
            ) : (
              <ResultList results={result.results} highlight={highlight} listKey={canonicalString} />
            )}
          </div>
        </section>
      </div>
    </>
  );
}
