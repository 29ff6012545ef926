// The start: "Qu'est-ce qui te plaît ?" — the centres d'intérêt as large toggles.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useId, useMemo } from 'react';
import { catalogQuery } from '../../data/catalog-query';
import { useDocumentTitle } from '../../ui/use-document-title';

export function HomePage({
  interests,
  setInterests,
}: {
  interests: string[];
  setInterests: (values: string[]) => void;
}) {
  const { data: catalogSearch } = useSuspenseQuery(catalogQuery);
  const navigate = useNavigate();
  const id = useId();
  const explorer = catalogSearch.explorers.metier;
  const facet = explorer.facet('interets');
  const totals = useMemo(() => explorer.totals('interets'), [explorer]);
  const selected = interests.filter((v) => totals.has(v));
  const matching = explorer.run({ filters: { interets: selected }, sort: 'pertinence' }, null).results.length;
  useDocumentTitle(null);

  return (
    <>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold sm:text-4xl">Qu'est-ce qui te plaît ?</h1>
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
          Choisis un ou plusieurs centres d'intérêt : tu verras les métiers qui vont avec, puis les formations
          qui y mènent.
        </p>
      </div>

      <fieldset className="mt-6">
        <legend className="sr-only">Centres d'intérêt</legend>
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {facet?.values.map((option) => {
            const checked = selected.includes(option.value);
            const count = totals.get(option.value) ?? 0;
            return (
              <li key={option.value}>
                <label
                  className={`flex h-full min-h-16 cursor-pointer items-center gap-3 rounded-xl border-2 p-4 text-lg font-medium has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-600 ${
                    checked
                      ? 'border-brand-700 bg-brand-50 dark:border-brand-300 dark:bg-brand-950'
                      : 'border-slate-200 bg-white hover:border-brand-400 dark:border-slate-700 dark:bg-slate-900'
                  }`}
                >
                  <input
                    type="checkbox"
                    className="size-5 shrink-0 accent-brand-700 dark:accent-brand-300"
                    checked={checked}
                    onChange={(e) =>
                      setInterests(
                        e.target.checked
                          ? [...selected, option.value]
                          : selected.filter((v) => v !== option.value),
                      )
                    }
                  />
                  <span className="flex-1">{option.label}</span>
                  <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
                    {count} métier{count > 1 ? 's' : ''}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <div className="sticky bottom-0 -mx-4 mt-6 border-t border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95">
        {selected.length > 0 ? (
          <Link to="/metiers" search={{ interets: selected }} className="btn-primary w-full sm:w-auto">
            {matching === 1
              ? 'Voir le métier qui correspond'
              : `Voir les ${matching} métiers qui correspondent`}
          </Link>
        ) : (
          <p className="text-slate-700 dark:text-slate-300">
            Coche au moins un centre d'intérêt pour voir les métiers.
          </p>
        )}
      </div>

      <section aria-labelledby={`${id}-direct`} className="mt-10 max-w-2xl">
        <h2 id={`${id}-direct`} className="text-2xl font-bold">
          Tu as déjà une idée ?
        </h2>
        <form
          role="search"
          aria-label="Recherche depuis l'accueil"
          className="mt-3"
          onSubmit={(e) => {
            e.preventDefault();
            const q = new FormData(e.currentTarget).get('q')?.toString().trim();
            void navigate({ to: '/recherche', search: { q: q || undefined } });
          }}
        >
          <label htmlFor={`${id}-q`} className="font-semibold">
            Rechercher un métier ou une formation
          </label>
          <div className="mt-1 flex gap-2">
            <input
              id={`${id}-q`}
              name="q"
              type="search"
              className="input"
              autoComplete="off"
              enterKeyHint="search"
              placeholder="Ex. : électricien, BTS, dessin…"
            />
            <button type="submit" className="btn-primary">
              Rechercher
            </button>
          </div>
        </form>
        <ul className="mt-6 flex flex-wrap gap-3">
          <li>
            <Link to="/metiers" className="btn-secondary">
              {catalogSearch.catalog.ofKind.metier.length === 1
                ? 'Parcourir le métier'
                : `Parcourir les ${catalogSearch.catalog.ofKind.metier.length} métiers`}
            </Link>
          </li>
          <li>
            <Link to="/formations" className="btn-secondary">
              {catalogSearch.catalog.ofKind.formation.length === 1
                ? 'Parcourir la formation'
                : `Parcourir les ${catalogSearch.catalog.ofKind.formation.length} formations`}
            </Link>
          </li>
        </ul>
      </section>
    </>
  );
}
