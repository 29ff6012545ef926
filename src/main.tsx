import { QueryClient } from '@tanstack/react-query';
import { startTransition, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createAppRouter } from './router';
import './styles.css';

const queryClient = new QueryClient();
const router = createAppRouter(queryClient);
const container = document.getElementById('root')!;
const root = createRoot(container);

if (container.hasAttribute('data-page')) {
  // The page arrived already drawn (scripts/vite-plugin-prerender.ts): it stays on screen while
  // the catalogue loads, then the app draws the same page and takes its place in one commit.
  // Drawn as a transition, in slices, so that a slow phone still answers in the meantime.
  const takeOver = () =>
    startTransition(() =>
      root.render(
        <>
          <App queryClient={queryClient} router={router} />
          <Live />
        </>,
      ),
    );
  router.load().then(takeOver, takeOver);
} else {
  root.render(<App queryClient={queryClient} router={router} />);
}

/** The drawn page was inert; the app's is not. */
function Live() {
  useLayoutEffect(() => {
    container.removeAttribute('inert');
    container.removeAttribute('data-page');
  }, []);
  return null;
}
