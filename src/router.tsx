import { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { routeTree } from './routeTree.gen';
import { parseSearch, stringifySearch } from './router-search';
import { ErrorState, LoadingState } from './ui/states';

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    parseSearch,
    stringifySearch,
    scrollRestoration: true,
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
