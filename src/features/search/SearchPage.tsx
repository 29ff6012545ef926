// /recherche?q=…: what the header's search box finds, métiers and formations side by side (the
// formations first when the query names a diploma: « bts compta »).
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { CatalogEntry } from '../../catalog/catalog';
import { countOf, KIND_LIST } from '../../catalog/kinds';
import { catalogQuery } from '../../data/catalog-query';
import { useTextSearch } from '../../data/text-search';
import { TextSearchFailed } from '../../ui/TextSearchFailed';
import { useSummaries } from '../../data/summaries-query';
import { EntryCard } from '../../ui/EntryCard';
import { useHidden, useHiddenIndexes } from '../../favorites/use-hidden';
import { HiddenFiches } from '../../ui/HiddenFiches';
import { ListDock } from '../../ui/ListDock';
import { ResultsTarget } from '../../ui/ResultsTarget';
import { useDocumentTitle } from '../../ui/use-document-title';

/** A few of each kind; the list of the kind has them all. */
const GROUP_SIZE = 6;

function rank(entries: CatalogEntry[], matches: Map<number, number>, hidden: ReadonlySet<number>) {
  return entries
    .filter((e) => matches.has(e.index) && !hidden.has(e.index))
    .sort((a, b) => matches.get(b.index)! - matches.get(a.index)!);
}

export function SearchPage({ q }: { q: string }) {
  const { data: catalogSearch } = useSuspenseQuery(catalogQuery);
  const summaryOf = useSummaries();
  const { answer, failed } = useTextSearch(catalogSearch, q);
  const matches = answer?.matches;
  const hidden = useHiddenIndexes(catalogSearch.catalog, useHidden().items);
  useDocumentTitle(q ? `Recherche « ${q} »` : 'Recherche');

  if (!matches) {
    return (
      <>
        <h1 className="text-3xl font-bold">Recherche</h1>
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          Tape un mot dans la barre de recherche : un métier (« électricien »), un domaine (« santé »), un
          diplôme (« BTS »)…
        </p>
      </>
    );
  }
  const kinds = answer?.namesDiploma ? [...KIND_LIST].reverse() : KIND_LIST;
  const groups = kinds.map(({ kind, words, routes }) => ({
    kind,
    words,
    list: routes.list,
    entries: rank(catalogSearch.catalog.ofKind[kind], matches, hidden),
    hidden: catalogSearch.catalog.ofKind[kind].filter((e) => matches.has(e.index) && hidden.has(e.index)),
  }));
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  const suggestion = total === 0 ? catalogSearch.suggest(q) : null;

  return (
    <>
      <h1 className="text-3xl font-bold">Recherche « {q} »</h1>
      <p role="status" className="mt-2 text-slate-700 dark:text-slate-300">
        {total === 0
          ? 'Aucune fiche ne correspond.'
          : `${total} fiche${total > 1 ? 's' : ''} : ${groups.map((g) => countOf(g.kind, g.entries.length)).join(', ')}`}
        {failed && <TextSearchFailed />}
      </p>
      <HiddenFiches entries={groups.flatMap((g) => g.hidden)} />
      <ResultsTarget>
        {total === 0 && (
          <div className="mt-4">
            {suggestion ? (
              <p>
                Essaie plutôt{' '}
                <Link to="/recherche" search={{ q: suggestion }}>
                  « {suggestion} »
                </Link>
                .
              </p>
            ) : (
              <p>Vérifie l'orthographe, essaie un mot plus court ou plus général.</p>
            )}
          </div>
        )}
        <div className="lg:grid lg:grid-cols-2 lg:gap-6">
          {groups.map((group) =>
            group.entries.length === 0 ? null : (
              <section key={group.kind} aria-labelledby={`groupe-${group.kind}`} className="mt-8 min-w-0">
                <h2 id={`groupe-${group.kind}`} className="text-2xl font-bold">
                  {group.words.title}{' '}
                  <span className="font-normal text-slate-600 dark:text-slate-400">
                    ({group.entries.length})
                  </span>
                </h2>
                <ul className="mt-3 grid grid-cols-1 gap-3">
                  {group.entries.slice(0, GROUP_SIZE).map((entry) => (
                    <li key={entry.index}>
                      <EntryCard
                        entry={entry}
                        summary={summaryOf(entry.index)}
                        foundIn={answer?.foundIn.get(entry.index)}
                        choices
                      />
                    </li>
                  ))}
                </ul>
                {group.entries.length > GROUP_SIZE && (
                  <p className="mt-3">
                    <Link to={group.list} search={{ q }} className="font-semibold">
                      Voir les {group.entries.length} {group.words.many}
                    </Link>
                  </p>
                )}
              </section>
            ),
          )}
        </div>
      </ResultsTarget>
      <ListDock kinds={KIND_LIST.map((k) => k.kind)} />
    </>
  );
}
