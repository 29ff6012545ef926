// Any URL, however it was typed or shared, is rewritten to its canonical form: unknown or
// malformed search params dropped, known ones in a fixed order. (The result lists go further,
// dropping filter values the catalogue does not know, and mark themselves `selfCanonical`.)
import { useLocation, useMatches, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { parseSearch, stringifySearch } from '../router-search';

declare module '@tanstack/react-router' {
  interface StaticDataRouteOption {
    /** The route rewrites its own URL to its canonical form. */
    selfCanonical?: boolean;
  }
}

export function CanonicalUrl() {
  const router = useRouter();
  const routeId = useMatches({ select: (matches) => matches.at(-1)?.routeId });
  const { pathname, searchStr, hash } = useLocation();
  useEffect(() => {
    const route = routeId ? router.routesById[routeId as keyof typeof router.routesById] : undefined;
    if (!route || route.options.staticData?.selfCanonical) return;
    const validate = route.options.validateSearch as ((raw: Record<string, unknown>) => object) | undefined;
    const canonical =
      typeof validate === 'function' ? stringifySearch({ ...validate(parseSearch(searchStr)) }) : '';
    // The router's location is already normalised (repeated keys joined): what matters is what
    // the address bar says.
    if (canonical === window.location.search) return;
    const href = `${pathname}${canonical}${hash ? `#${hash}` : ''}`;
    if (canonical === searchStr) window.history.replaceState(window.history.state, '', href);
    else void router.navigate({ href, replace: true });
  }, [router, routeId, pathname, searchStr, hash]);
  return null;
}
