import { useEffect } from 'react';

const APP = 'Explorateur des métiers';

const full = (title: string | null) => (title ? `${title} · ${APP}` : APP);

/** What the page being drawn at build time asked for (no document there): src/prerender.tsx. */
export const drawnTitle = { current: APP };

/** The page title becomes the bookmark's name: most specific first. */
export function useDocumentTitle(title: string | null) {
  if (typeof document === 'undefined') drawnTitle.current = full(title);
  useEffect(() => {
    document.title = full(title);
  }, [title]);
}
