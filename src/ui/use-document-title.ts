import { useEffect } from 'react';

const APP = 'Explorateur des métiers';

/** The page title becomes the bookmark's name: most specific first. */
export function useDocumentTitle(title: string | null) {
  useEffect(() => {
    document.title = title ? `${title} · ${APP}` : APP;
  }, [title]);
}
