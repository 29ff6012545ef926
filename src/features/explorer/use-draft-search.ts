// The list answers a keystroke or a click at once, from local state, and the URL (router
// navigation, history entry, document title) follows in the next task, after the results are
// on screen: the router's work is kept off the keystroke path.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ListSearch } from './list-search';

export type SetSearch = (next: ListSearch, options?: { replace?: boolean }) => void;

export function useDraftSearch(search: ListSearch, navigate: SetSearch): [ListSearch, SetSearch] {
  // A draft holds while the URL is still the one it was made from: the navigation it asks for
  // (or any other: the back button, a link) replaces it.
  const [draft, setDraft] = useState<{ from: ListSearch; next: ListSearch } | null>(null);
  const pending = useRef<{ timer: number; run: () => void; replace: boolean } | null>(null);
  // The latest URL state and navigate function, so that `update` can stay the same function
  // from render to render (the facet checkboxes are memoised on it).
  const latest = useRef({ search, navigate });
  useLayoutEffect(() => {
    latest.current = { search, navigate };
  });

  useEffect(() => {
    // The URL must be written before anything else happens: a click on a result right after a
    // keystroke must find the list's URL in the history, under the fiche's. The back button
    // wins over a draft not yet written.
    const flush = () => {
      const p = pending.current;
      if (!p) return;
      window.clearTimeout(p.timer);
      pending.current = null;
      p.run();
    };
    const cancel = () => {
      if (pending.current) window.clearTimeout(pending.current.timer);
      pending.current = null;
    };
    window.addEventListener('pointerdown', flush, true);
    window.addEventListener('keydown', flush, true);
    window.addEventListener('popstate', cancel);
    return () => {
      cancel();
      window.removeEventListener('pointerdown', flush, true);
      window.removeEventListener('keydown', flush, true);
      window.removeEventListener('popstate', cancel);
    };
  }, []);

  const update: SetSearch = useCallback((next, options) => {
    const { search, navigate } = latest.current;
    setDraft({ from: search, next });
    // Several changes in one task (rare) make one history entry, a push if any asked for one.
    const replace = (options?.replace ?? false) && (pending.current?.replace ?? true);
    if (pending.current) window.clearTimeout(pending.current.timer);
    const run = () => navigate(next, { replace });
    pending.current = {
      replace,
      run,
      timer: window.setTimeout(() => {
        pending.current = null;
        run();
      }, 0),
    };
  }, []);

  return [draft && draft.from === search ? draft.next : search, update];
}
