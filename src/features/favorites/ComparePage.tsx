// /comparer?ids=…: 2 to 4 fiches of the same kind side by side, differences pointed out.
import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { Catalog, CatalogEntry } from '../../catalog/catalog';
import type { Fiche, Kind, Related } from '../../catalog/schema';
import { levelInfo } from '../../catalog/vocabularies';
import { catalogQuery } from '../../data/catalog-query';
import { chunkQuery } from '../../data/chunk-query';
import { decodeIds } from '../../favorites/favorites';
import { formatYears } from '../../search/facets';
import { FicheLink } from '../../ui/EntryCard';
import { useDocumentTitle } from '../../ui/use-document-title';

interface Row {
  label: string;
  /** Compared as text to tell whether the fiches differ. */
  values: string[];
  cells: ReactNode[];
}

function RelatedCell({ related, kind, catalog }: { related: Related[]; kind: Kind; catalog: Catalog }) {
  if (related.length === 0) return <>—</>;
  return (
    <ul className="list-disc space-y-1 pl-5">
      {related.map((ref, i) => {
        const target = ref.id ? catalog.find(kind, ref.id) : undefined;
        return <li key={i}>{target ? <FicheLink entry={target} /> : ref.title}</li>;
      })}
    </ul>
  );
}

function rows(fiches: Fiche[], entries: CatalogEntry[], catalog: Catalog): Row[] {
  const text = (label: string, values: string[]): Row => ({ label, values, cells: values });
  const list = (label: string, lists: string[][]): Row => ({
    label,
    values: lists.map((l) => [...l].sort().join('|')),
    cells: lists.map((l) => (l.length > 0 ? l.join(', ') : '—')),
  });
  const years = (y: number | null, afterThirdGrade: boolean) =>
    y === null ? 'Non précisée' : afterThirdGrade && y === 0 ? 'Dès la 3e' : formatYears(y);
  if (fiches[0]!.kind === 'metier') {
    const metiers = fiches.filter((f) => f.kind === 'metier');
    return [
      text(
        "Niveau d'accès",
        metiers.map((m) => m.levelLabel ?? 'Non précisé'),
      ),
      text(
        "Durée d'études après la 3e",
        metiers.map((m) => years(m.durationYears, true)),
      ),
      text(
        'Salaire du débutant',
        metiers.map((m) => m.startingSalary?.text ?? 'Non précisé'),
      ),
      list(
        'Statuts',
        metiers.map((m) => m.statuses),
      ),
      list(
        "Centres d'intérêt",
        metiers.map((m) => m.interests),
      ),
      {
        label: 'Formations recommandées',
        values: metiers.map((m) =>
          m.related
            .map((r) => r.title)
            .sort()
            .join('|'),
        ),
        cells: metiers.map((m, i) => (
          <RelatedCell key={i} related={m.related} kind="formation" catalog={catalog} />
        )),
      },
    ];
  }
  const formations = fiches.filter((f) => f.kind === 'formation');
  return [
    text(
      'Type',
      formations.map((f) => f.type),
    ),
    text(
      'Niveau du diplôme',
      formations.map((f) => {
        const level = levelInfo(f.level);
        return level ? `${level.label} (${f.levelLabel})` : (f.levelLabel ?? 'Non précisé');
      }),
    ),
    text(
      'Durée',
      formations.map((f) => years(f.durationYears, false)),
    ),
    list(
      "Centres d'intérêt des métiers",
      entries.map((e) => e.interests),
    ),
    {
      label: 'Métiers associés',
      values: formations.map((f) =>
        f.related
          .map((r) => r.title)
          .sort()
          .join('|'),
      ),
      cells: formations.map((f, i) => (
        <RelatedCell key={i} related={f.related} kind="metier" catalog={catalog} />
      )),
    },
  ];
}

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
  const { data: search } = useSuspenseQuery(catalogQuery);
  const wanted = decodeIds(ids, 4);
  const entries = wanted
    .map(({ kind, id }) => search.catalog.find(kind, id))
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
  return <Comparison entries={entries} catalog={search.catalog} missing={wanted.length - entries.length} />;
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
  const fiches = entries
    .map((e) => byKey.get(`${e.kind}/${e.id}`))
    .filter((f): f is Fiche => f !== undefined);
  const kindLabel = entries[0]!.kind === 'metier' ? 'métiers' : 'formations';
  useDocumentTitle(`Comparer ${entries.length} ${kindLabel}`);
  const table = rows(fiches, entries, catalog);
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
        Les lignes marquées « différent » sont celles où les fiches ne disent pas la même chose. Sur un
        téléphone, fais glisser le tableau de côté.
      </p>
      <div
        className="mt-6 overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-700"
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
