import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppRouter } from './router';
import { AppErrorBoundary } from './ui/states';
import './styles.css';

// Started in a task of its own, after the evaluation of the modules: on a slow phone that
// evaluation is already a long task, and a page that can answer between the two feels quicker.
setTimeout(() => {
  const queryClient = new QueryClient();
  const router = createAppRouter(queryClient);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AppErrorBoundary>
    </StrictMode>,
  );
});
