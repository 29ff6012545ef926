// The first stops of the keyboard: to the page's content and, on the pages that list fiches, to
// their results, past the search box, the filters and the sort (44 Tab presses before them).
import { useLocation } from '@tanstack/react-router';
import type { MouseEvent } from 'react';
import { KIND_LIST } from '../catalog/kinds';
import { RESULTS_ID } from '../ui/ResultsTarget';

const SKIP_LINK =
  'sr-only z-50 rounded bg-white p-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 dark:bg-slate-900';

/** Focuses the target itself (it takes the focus by script only), so that Tab goes on from there. */
function focusTarget(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
}

export function SkipLinks() {
  const hasResults = useLocation({
    select: (l) =>
      KIND_LIST.some((k) => k.routes.list === l.pathname) ||
      (l.pathname === '/recherche' && Boolean((l.search as { q?: unknown }).q)),
  });
  return (
    <>
      <a href="#contenu" className={SKIP_LINK} onClick={(e) => focusTarget(e, 'contenu')}>
        Aller au contenu
      </a>
      {hasResults && (
        <a href={`#${RESULTS_ID}`} className={SKIP_LINK} onClick={(e) => focusTarget(e, RESULTS_ID)}>
          Aller aux résultats
        </a>
      )}
    </>
  );
}
