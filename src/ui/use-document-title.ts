import { createContext, useContext, useEffect } from 'react';

const APP = 'Explorateur des métiers';

const full = (title: string | null) => (title ? `${title} · ${APP}` : APP);

/**
 * Where a page drawn at build time gives its title, since there is no document there
 * (src/prerender.tsx provides it; in the browser there is none and the effect sets the title).
 */
export const DrawnTitle = createContext<((title: string) => void) | null>(null);

/** The page title becomes the bookmark's name: most specific first. */
export function useDocumentTitle(title: string | null) {
  useContext(DrawnTitle)?.(full(title));
  useEffect(() => {
    document.title = full(title);
  }, [title]);
}
