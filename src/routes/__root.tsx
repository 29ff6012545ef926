import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext } from '@tanstack/react-router';
import { ErrorState } from '../app/ErrorScreens';
import { NotFoundPage } from '../app/NotFoundPage';
import { RootLayout } from '../app/RootLayout';
import { LoadingState } from '../ui/LoadingState';

export const Route = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: ErrorState,
  pendingComponent: () => <LoadingState />,
});
