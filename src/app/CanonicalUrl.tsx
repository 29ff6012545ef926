// Any URL, however it was typed or shared, is rewritten to its canonical form: unknown or
// malformed search params dropped, known ones in a fixed order. A route may go further with
// `staticData.canonicalSearch` (the result lists drop filter values the catalogue does not know).
import type { QueryClient } from '@tanstack/react-query';
import { useRouter, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { parseSearch, stringifySearch } from '../url/search-params';

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /** The canonical form of the route's validated search, given the loaded data. */
    canonicalSearch?: (search: Record<string, unknown>, queryClient: QueryClient) => Record<string, unknown>;
  }
}

export function CanonicalUrl() {
  const router = useRouter();
  // Re-checked whenever the router settles on a location.
  const settledHref = useRouterState({
    select: (s) => (s.status === 'idle' && !s.isLoading ? s.location.href : null),
  });
  useEffect(() => {
    if (settledHref === null) return;
    const { location, matches } = router.state;
    // The address bar runs ahead of the router while a navigation starts: rewriting it from the
    // router's (older) state would undo the navigation. Act only when both agree on the view.
    const address = window.location;
    if (address.pathname !== location.pathname) return;
    if (stringifySearch(parseSearch(address.search)) !== stringifySearch(parseSearch(location.searchStr)))
      return;

    const routeId = matches.at(-1)?.routeId;
    const route = routeId ? router.routesById[routeId as keyof typeof router.routesById] : undefined;
    if (!route) return;
    const validate = route.options.validateSearch as ((raw: Record<string, unknown>) => object) | undefined;
    let search: Record<string, unknown> =
      typeof validate === 'function' ? { ...validate(parseSearch(address.search)) } : {};
    const refine = route.options.staticData?.canonicalSearch;
    if (refine) search = refine(search, router.options.context.queryClient);
    const canonical = stringifySearch(search);
    if (canonical === address.search) return;

    const href = `${address.pathname}${canonical}${address.hash}`;
    // Same view, only spelt differently (order, repeated keys): no navigation needed.
    if (canonical === stringifySearch(parseSearch(location.searchStr)))
      window.history.replaceState(window.history.state, '', href);
    else void router.navigate({ href, replace: true, resetScroll: false });
  }, [router, settledHref]);
  return null;
}
