import { QueryClient } from '@tanstack/react-query';
import { startTransition, useLayoutEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { createAppRouter } from './app/router';
import './styles.css';

const queryClient = new QueryClient();
const router = createAppRouter(queryClient);
const container = document.getElementById('root')!;
const app = (
  <>
    <App queryClient={queryClient} router={router} />
    <Live />
  </>
);

if (container.hasAttribute('data-page')) {
  // The page arrived already drawn (scripts/vite-plugin-prerender.ts): it stays on screen while
  // the catalogue loads, then the app adopts its markup (hydration: no element is rebuilt) in
  // slices, as a transition, so that a slow phone still answers in the meantime.
  const adopt = () => {
    // Drawn at build time, the router left out the Suspense boundaries it uses in the browser
    // around the root route: told that the page was rendered ahead, it leaves them out here too,
    // so the markup matches element for element.
    router.ssr = { manifest: undefined };
    startTransition(() => void hydrateRoot(container, app));
  };
  // In a task of its own, after the evaluation of the modules (already a long one on a slow
  // phone): nothing waits for it on screen, the page is there.
  window.setTimeout(() => void router.load().then(adopt, adopt), 0);
} else {
  createRoot(container).render(app);
}

/**
 * The app is on screen (the loading state, or the drawn page adopted): index.html's « La page ne
 * s'ouvre pas » no longer applies, and the drawn page, inert until now, is the app's. (A drawn
 * page whose catalogue never arrives is never adopted: after 10 s it says so, with « Recharger ».)
 */
function Live() {
  useLayoutEffect(() => {
    document.documentElement.setAttribute('data-app-started', '');
    container.removeAttribute('inert');
    container.removeAttribute('data-page');
    container.removeAttribute('data-any-search');
  }, []);
  return null;
}
