// Results rendered a page at a time as the student scrolls: long lists stay fast, and coming
// back from a fiche shows as many results as before so the scroll position can be restored.
import { useLocation } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import type { CatalogEntry } from '../../catalog/catalog';
import { EntryCard } from '../../ui/EntryCard';

const PAGE_SIZE = 30;
// How many results each visited list showed, by URL, for the back button.
const shownByHref = new Map<string, number>();

export function ResultList({ results, highlight }: { results: CatalogEntry[]; highlight: Set<string> }) {
  const href = useLocation({ select: (l) => l.href });
  return <Pages key={href} href={href} results={results} highlight={highlight} />;
}

function Pages({
  href,
  results,
  highlight,
}: {
  href: string;
  results: CatalogEntry[];
  highlight: Set<string>;
}) {
  const [shown, setShown] = useState(() => shownByHref.get(href) ?? PAGE_SIZE);
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
        if (entries.some((e) => e.isIntersecting)) setShown((n) => n + PAGE_SIZE);
      },
      { rootMargin: '600px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [more]);

  return (
    <>
      <ul className="grid gap-3" aria-label="Résultats">
        {results.slice(0, shown).map((entry) => (
          <li key={entry.index}>
            <EntryCard entry={entry} headingLevel={2} highlight={highlight} />
          </li>
        ))}
      </ul>
      {more && (
        <div ref={sentinel} className="no-print mt-4 flex justify-center">
          <button type="button" className="btn-secondary" onClick={() => setShown((n) => n + PAGE_SIZE)}>
            Afficher plus de résultats ({results.length - shown} de plus)
          </button>
        </div>
      )}
    </>
  );
}
