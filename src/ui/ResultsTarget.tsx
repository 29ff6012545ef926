import type { ReactNode } from 'react';

/** The id of the element that holds a page's results: the target of « Aller aux résultats ». */
export const RESULTS_ID = 'resultats';

/**
 * Where a page's results are (the list, or what to do without any). It takes the focus from the
 * skip link only, so that the next Tab reaches the first result.
 */
export function ResultsTarget({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <div id={RESULTS_ID} tabIndex={-1} className={`focus:outline-none ${className ?? ''}`}>
      {children}
    </div>
  );
}
