// The start: "Qu'est-ce qui te plaît ?" — the centres d'intérêt by theme, then a search.
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useId, useMemo } from 'react';
import { catalogQuery } from '../../data/catalog-query';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useStickyBottom } from '../../ui/use-sticky-bottom';
import { InterestPicker } from './InterestPicker';

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
  const stickyBar = useStickyBottom<HTMLDivElement>();

  return (
    <>
      <div className="max-w-3xl">
        <h1 className="text-3xl font-bold sm:text-4xl">Qu'est-ce qui te plaît ?</h1>
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">
          Coche un ou plusieurs centres d'intérêt : tu verras les métiers qui en ont au moins un, ceux qui ont
          le plus de tes centres d'intérêt d'abord.
        </p>
      </div>

      <InterestPicker
        values={facet?.values ?? []}
        totals={totals}
        selected={selected}
        onChange={setInterests}
      />

      <div
        ref={stickyBar}
        className="bottom-0 -mx-gutter [@media(min-height:30em)]:sticky mt-6 border-t border-slate-200 bg-slate-50/95 px-gutter py-3 backdrop-blur dark:border-slate-800 dark:bg-slate-950/95"
      >
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
          <div className="mt-1 flex flex-wrap gap-2">
            <input
              id={`${id}-q`}
              name="q"
              type="search"
              className="input min-w-0 flex-[1_1_12rem]"
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
