import { QueryClient } from '@tanstack/react-query';
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { routeTree } from '../routeTree.gen';
import { LoadingState } from '../ui/LoadingState';
import { parseSearch, stringifySearch } from '../url/search-params';
import { ErrorState } from './ErrorScreens';

/** `history`: the browser's by default; a memory one when the build draws pages in advance. */
export function createAppRouter(queryClient: QueryClient, history?: RouterHistory) {
  return createRouter({
    routeTree,
    history,
    context: { queryClient },
    parseSearch,
    stringifySearch,
    // In the browser only: drawn at build time, the router would add an inline script (the CSP
    // refuses it) that restores nothing on a page nobody has scrolled yet.
    scrollRestoration: history === undefined,
    // Every route gets its own error boundary: a failing page keeps the header and navigation.
    defaultErrorComponent: ErrorState,
    defaultPendingComponent: () => <LoadingState />,
    defaultPreload: 'intent',
    // Data is immutable for a given build: loaders need not run again on every visit.
    defaultPreloadStaleTime: 0,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
