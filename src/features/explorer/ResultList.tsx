// Results rendered a page at a time as the student scrolls: long lists stay fast, and coming
// back from a fiche shows as many results as before so the scroll position can be restored.
import { useLocation } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { LEAD_SUMMARIES, type CatalogEntry } from '../../catalog/catalog';
import { useSummaries } from '../../data/summaries-query';
import { afterNextPaint } from '../../ui/after-next-paint';
import { EntryCard } from '../../ui/EntryCard';

const PAGE_SIZE = 30;
// How many results each visited list showed, by list (path and canonical search), for the back
// button.
const shownByHref = new Map<string, number>();

export function ResultList({
  results,
  highlight,
  listKey,
}: {
  results: CatalogEntry[];
  highlight: Set<string>;
  /** Which list this is: its canonical search string. */
  listKey: string;
}) {
  const href = `${useLocation({ select: (l) => l.pathname })}${listKey}`;
  // A new list (another URL) starts at one page, or at what it showed when it was left. The
  // list is updated in place rather than remounted: cards that stay are kept as they are.
  const [page, setPage] = useState(() => ({ href, shown: shownByHref.get(href) ?? PAGE_SIZE }));
  const shown = page.href === href ? page.shown : (shownByHref.get(href) ?? PAGE_SIZE);
  if (page.href !== href) setPage({ href, shown });
  const showMore = () => setPage((p) => ({ href: p.href, shown: p.shown + PAGE_SIZE }));
  // A list seen for the first time paints one screen of cards first and the rest of its page
  // after that paint: on a slow phone the first results show sooner (rendering and laying out
  // 30 cards at once was the longest task of a cold start). Coming back to a list renders it whole
  // at once, for the scroll position to be restored.
  const [firstScreen, setFirstScreen] = useState(() => !shownByHref.has(href));
  useEffect(() => {
    if (!firstScreen) return;
    let mounted = true;
    void afterNextPaint().then(() => mounted && setFirstScreen(false));
    return () => {
      mounted = false;
    };
  }, [firstScreen]);
  const visible = firstScreen ? Math.min(shown, LEAD_SUMMARIES) : shown;
  const summaryOf = useSummaries();
  const sentinel = useRef<HTMLDivElement>(null);
  const more = !firstScreen && results.length > shown;

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
      <ul className="grid gap-3" aria-label="Résultats">
        {results.slice(0, visible).map((entry) => (
          <li key={entry.index}>
            <EntryCard
              entry={entry}
              headingLevel={2}
              highlight={highlight}
              summary={summaryOf(entry.index)}
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
