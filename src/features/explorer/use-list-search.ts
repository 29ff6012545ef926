// The one owner of a result list's state: it takes the URL's search params to the view, and the
// view's changes back to the URL.
//
// The list answers a keystroke or a click at once, from a draft, and the URL (router navigation,
// history entry, document title) follows in the next task, after the results are on screen: the
// router's work is kept off the keystroke path. The draft holds until the navigation to it has
// landed (meanwhile the URL may show the draft's older states); a navigation the list did not
// make (the back button, a link) ends it at once. The search box shows the draft's text: there
// is no other copy of it.
import { useNavigate, useRouter, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { KINDS, type Kind } from '../../catalog/kinds';
import type { CatalogSearch } from '../../search/catalog-search';
import { canonicalListSearch, type ListSearch } from '../../url/list-search';
import { stringifySearch } from '../../url/search-params';

export type SetSearch = (next: ListSearch, options?: { replace?: boolean }) => void;

export interface ListState {
  /** What the list shows: the draft, or else the URL's search; in canonical form. */
  search: ListSearch;
  /** Its query string: which list this is. */
  searchString: string;
  /** The URL's own search, in canonical form: what a bookmark of the page holds. */
  urlSearch: ListSearch;
  setSearch: SetSearch;
}

interface Draft {
  search: ListSearch;
  searchString: string;
  /** The query string of the last navigation the list started (it may not have landed). */
  started: string | null;
}

export function useListSearch(kind: Kind, catalogSearch: CatalogSearch): ListState {
  const list = KINDS[kind].routes.list;
  const rawUrlSearch = useSearch({ from: `${list}/` }) as ListSearch;
  const router = useRouter();
  const navigate = useNavigate();
  const urlSearch = useMemo(
    () => canonicalListSearch(kind, rawUrlSearch, catalogSearch),
    [kind, rawUrlSearch, catalogSearch],
  );
  const urlString = stringifySearch(urlSearch);

  const [draft, setDraft] = useState<Draft | null>(null);
  const landed = draft !== null && draft.started === draft.searchString && urlString === draft.searchString;
  if (landed) setDraft(null);
  const current = landed ? null : draft;

  const search = current ? current.search : urlSearch;
  const searchString = current ? current.searchString : urlString;

  const pending = useRef<{ timer: number; run: () => void; replace: boolean } | null>(null);
  /** True while the list itself writes the URL: any other change of the history ends the draft. */
  const writing = useRef(false);
  // The latest navigate function, so that `setSearch` stays the same function from render to
  // render (the facet checkboxes are memoised on it).
  const latest = useRef(navigate);
  useLayoutEffect(() => {
    latest.current = navigate;
  });

  useEffect(() => {
    // The URL must be written before anything else happens: a click on a result right after a
    // keystroke must find the list's URL in the history, under the fiche's.
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
    // The back button, a link: the URL wins over a draft, even one not yet written.
    const unsubscribe = router.history.subscribe(() => {
      if (writing.current) return;
      cancel();
      setDraft(null);
    });
    window.addEventListener('pointerdown', flush, true);
    window.addEventListener('keydown', flush, true);
    return () => {
      cancel();
      unsubscribe();
      window.removeEventListener('pointerdown', flush, true);
      window.removeEventListener('keydown', flush, true);
    };
  }, [router]);

  const setSearch: SetSearch = useCallback(
    (asked, options) => {
      // In canonical form, as the URL will be: the draft lands when the URL shows it.
      const next = canonicalListSearch(kind, asked, catalogSearch);
      const nextString = stringifySearch(next);
      setDraft((previous) => ({
        search: next,
        searchString: nextString,
        started: previous?.started ?? null,
      }));
      // Several changes in one task (rare) make one history entry, a push if any asked for one.
      const replace = (options?.replace ?? false) && (pending.current?.replace ?? true);
      if (pending.current) window.clearTimeout(pending.current.timer);
      const run = () => {
        setDraft((d) => d && { ...d, started: nextString });
        writing.current = true;
        try {
          void latest.current({ to: list, search: next as never, replace, resetScroll: false });
        } finally {
          writing.current = false;
        }
      };
      pending.current = {
        replace,
        run,
        timer: window.setTimeout(() => {
          pending.current = null;
          run();
        }, 0),
      };
    },
    [kind, list, catalogSearch],
  );

  return { search, searchString, urlSearch, setSearch };
}
