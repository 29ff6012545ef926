// Results rendered a page at a time as the student scrolls: long lists stay fast, and coming
// back from a fiche shows as many results as before so the scroll position can be restored.
import { useLocation } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import type { CatalogEntry } from '../../catalog/catalog';
import { LEAD_SUMMARIES } from '../../catalog/index-columns';
import { useSummaries } from '../../data/summaries-query';
import { EntryCard } from '../../ui/EntryCard';

/** A new list shows one screen of cards (those whose summaries come with the index)... */
const FIRST_SCREEN = LEAD_SUMMARIES;
/** ...and this many more each time the student scrolls near its end. */
const PAGE_SIZE = 30;
// How many results each visited list showed, by list (path and canonical search), for the back
// button.
const shownByHref = new Map<string, number>();

export function ResultList({
  results,
  highlight,
  met,
  listKey,
  foundIn,
}: {
  results: CatalogEntry[];
  highlight: Set<string>;
  /** The chosen filters a card meets that its facts do not show. */
  met: ((entry: CatalogEntry) => string[]) | null;
  /** Which list this is: its canonical search string. */
  listKey: string;
  /** Fiches found by their text → where (search/fiche-search.ts). */
  foundIn: ReadonlyMap<number, string> | undefined;
}) {
  const href = `${useLocation({ select: (l) => l.pathname })}${listKey}`;
  // A new list (another URL) starts at one screen, or at what it showed when it was left. The
  // list is updated in place rather than remounted: cards that stay are kept as they are.
  // One screen, not more: on a slow phone, laying out cards nobody sees yet delayed the first
  // results and kept the page busy after them (Lighthouse's total blocking time).
  const [page, setPage] = useState(() => ({ href, shown: shownByHref.get(href) ?? FIRST_SCREEN }));
  const shown = page.href === href ? page.shown : (shownByHref.get(href) ?? FIRST_SCREEN);
  if (page.href !== href) setPage({ href, shown });
  const showMore = () => setPage((p) => ({ href: p.href, shown: p.shown + PAGE_SIZE }));
  const summaryOf = useSummaries();
  const sentinel = useRef<HTMLDivElement>(null);
  const more = results.length > shown;

  useEffect(() => {
    shownByHref.set(href, shown);
  }, [href, shown]);

  useEffect(() => {
    const target = sentinel.current;
    if (!target || !more) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) showMore();
      },
      { rootMargin: '600px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [more, shown]);

  return (
    <>
      <ul className="grid grid-cols-1 gap-3" aria-label="Résultats">
        {results.slice(0, shown).map((entry) => (
          <li key={entry.index}>
            <EntryCard
              entry={entry}
              headingLevel={2}
              highlight={highlight}
              met={met}
              foundIn={foundIn?.get(entry.index)}
              summary={summaryOf(entry.index)}
              choices
            />
          </li>
        ))}
      </ul>
      {more && (
        <div ref={sentinel} className="no-print mt-4 flex justify-center">
          <button type="button" className="btn-secondary" onClick={showMore}>
            Afficher plus de résultats ({results.length - shown} de plus)
          </button>
        </div>
      )}
    </>
  );
}
