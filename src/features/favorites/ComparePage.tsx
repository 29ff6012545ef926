// /comparer?ids=…: 2 to 4 fiches of the same kind side by side, differences pointed out.
import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { Catalog, CatalogEntry } from '../../catalog/catalog';
import { KINDS } from '../../catalog/kinds';
import { catalogQuery } from '../../data/catalog-query';
import { chunkQuery } from '../../data/chunk-query';
import { DataError } from '../../data/fetch-json';
import { decodeIds } from '../../favorites/favorites';
import { FicheLink } from '../../ui/FicheLink';
import { useDocumentTitle } from '../../ui/use-document-title';
import { compareRows, type Row } from './compare-rows';

function Problem({ children }: { children: ReactNode }) {
  useDocumentTitle('Comparer');
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">Comparer</h1>
      <p className="mt-3">{children}</p>
      <p className="mt-6">
        <Link to="/favoris" className="btn-primary">
          Choisir dans mes favoris
        </Link>
      </p>
    </div>
  );
}

export function ComparePage({ ids }: { ids: string | undefined }) {
  const { data: catalogSearch } = useSuspenseQuery(catalogQuery);
  const wanted = decodeIds(ids, 4);
  const entries = wanted
    .map(({ kind, id }) => catalogSearch.catalog.find(kind, id))
    .filter((e): e is CatalogEntry => e !== undefined);
  const kinds = new Set(entries.map((e) => e.kind));
  if (kinds.size > 1)
    return (
      <Problem>
        On ne peut comparer que des fiches du même type : des métiers entre eux, ou des formations entre
        elles.
      </Problem>
    );
  if (entries.length < 2) {
    return (
      <Problem>
        {wanted.length > entries.length
          ? 'Certaines de ces fiches ne sont pas (ou plus) dans le catalogue : elles en ont peut-être été retirées. '
          : ''}
        Choisis de 2 à 4 fiches du même type à comparer.
      </Problem>
    );
  }
  return (
    <Comparison entries={entries} catalog={catalogSearch.catalog} missing={wanted.length - entries.length} />
  );
}

function Stacked({ entries, table }: { entries: CatalogEntry[]; table: Row[] }) {
  return (
    <ul className="mt-6 grid grid-cols-1 gap-4 md:hidden print:hidden" aria-label="Fiches comparées">
      {entries.map((entry, i) => (
        <li key={entry.index} className="card p-4">
          <h2 className="text-lg font-semibold">
            <FicheLink entry={entry} />
          </h2>
          <dl className="mt-2">
            {table.map((row) => {
              const differs = new Set(row.values).size > 1;
              return (
                <div
                  key={row.label}
                  className={`-mx-2 border-t border-slate-200 px-2 py-2 dark:border-slate-700 ${differs ? 'bg-amber-50 dark:bg-amber-950/40' : ''}`}
                >
                  <dt className="font-semibold">
                    {row.label}{' '}
                    <span
                      className={`text-xs font-normal ${differs ? 'text-amber-900 dark:text-amber-200' : 'text-slate-600 dark:text-slate-400'}`}
                    >
                      {differs ? '≠ différent' : '= identique'}
                    </span>
                  </dt>
                  <dd className="mt-1">{row.cells[i]}</dd>
                </div>
              );
            })}
          </dl>
        </li>
      ))}
    </ul>
  );
}

function Comparison({
  entries,
  catalog,
  missing,
}: {
  entries: CatalogEntry[];
  catalog: Catalog;
  missing: number;
}) {
  const chunks = useSuspenseQueries({
    queries: [...new Set(entries.map((e) => e.chunk))].map((c) => chunkQuery(c)),
  });
  const byKey = new Map(chunks.flatMap((q) => [...q.data]));
  const fiches = entries.map((e) => {
    const fiche = byKey.get(`${e.kind}/${e.id}`);
    if (!fiche)
      throw new DataError(
        'Une de ces fiches n’a pas pu être chargée. Réessaie dans un instant.',
        `${e.kind}/${e.id} absent de son paquet`,
      );
    return fiche;
  });
  const kindLabel = KINDS[entries[0]!.kind].words.many;
  useDocumentTitle(`Comparer ${entries.length} ${kindLabel}`);
  const table = compareRows(fiches, entries, catalog);
  return (
    <>
      <h1 className="text-3xl font-bold">
        Comparer {entries.length} {kindLabel}
      </h1>
      {missing > 0 && (
        <p className="mt-2 text-amber-800 dark:text-amber-300">
          {missing} fiche{missing > 1 ? 's ont été retirées' : ' a été retirée'} du catalogue et n'apparai
          {missing > 1 ? 'ssent' : 't'} pas.
        </p>
      )}
      <p className="no-print mt-2 text-slate-700 dark:text-slate-300">
        Les lignes marquées « différent » sont celles où les fiches ne disent pas la même chose.
      </p>
      {/* On a phone, one card per fiche with the same rows, one under the other. */}
      <Stacked entries={entries} table={table} />
      <div
        className="mt-6 overflow-x-auto rounded-xl border border-slate-200 max-md:hidden max-md:print:block dark:border-slate-700"
        tabIndex={0}
        role="region"
        aria-label="Tableau de comparaison"
      >
        <table className="w-full min-w-[40rem] border-collapse text-left align-top">
          <caption className="sr-only">Comparaison de {entries.map((e) => e.title).join(', ')}</caption>
          <thead>
            <tr className="bg-slate-100 dark:bg-slate-800">
              <td className="sticky left-0 bg-slate-100 p-3 dark:bg-slate-800" />
              {entries.map((e) => (
                <th key={e.index} scope="col" className="p-3 align-top text-lg font-semibold">
                  <FicheLink entry={e} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.map((row) => {
              const differs = new Set(row.values).size > 1;
              return (
                <tr
                  key={row.label}
                  className={`border-t border-slate-200 dark:border-slate-700 ${differs ? 'bg-amber-50 dark:bg-amber-950/40' : ''}`}
                >
                  <th
                    scope="row"
                    className={`sticky left-0 w-44 p-3 align-top font-semibold ${differs ? 'bg-amber-50 dark:bg-amber-950' : 'bg-white dark:bg-slate-900'}`}
                  >
                    {row.label}
                    <span
                      className={`mt-1 block text-xs font-normal ${differs ? 'text-amber-900 dark:text-amber-200' : 'text-slate-600 dark:text-slate-400'}`}
                    >
                      {differs ? '≠ différent' : '= identique'}
                    </span>
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={i} className="p-3 align-top">
                      {cell}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="no-print mt-6 flex flex-wrap gap-3">
        <button type="button" className="btn-secondary" onClick={() => window.print()}>
          Imprimer la comparaison
        </button>
        <Link to="/favoris" className="btn-secondary">
          Retour à mes favoris
        </Link>
      </p>
    </>
  );
}
