// The frame of every page: skip links, header (name, navigation, the search of all fiches),
// the notices of the app, the page itself, and the data's credit.
import { Link, Outlet } from '@tanstack/react-router';
import { useFavorites } from '../favorites/use-favorites';
import { GlobalSearch } from '../features/search/GlobalSearch';
import { FavoritesNotice } from '../ui/FavoritesNotice';
import { OfflineIndicator, UpdatePrompt } from './AppUpdates';
import { PrintStamp } from './PrintStamp';
import { CanonicalUrl } from './CanonicalUrl';
import { DataCredit } from './DataCredit';
import { RouteFocus } from './RouteFocus';
import { SkipLinks } from './SkipLinks';

export function RootLayout() {
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLinks />
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-gutter py-3">
          <Link to="/" className="text-lg font-bold text-slate-900 no-underline dark:text-white">
            <span aria-hidden="true" className="mr-1 text-brand-700 dark:text-brand-300">
              ◆
            </span>
            Explorateur des métiers
          </Link>
          <nav aria-label="Principale" className="no-print">
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              <li>
                <Link
                  to="/metiers"
                  className="font-medium text-slate-800 no-underline hover:underline dark:text-slate-200"
                  activeProps={{ 'aria-current': 'page', className: 'underline decoration-2' }}
                >
                  Métiers
                </Link>
              </li>
              <li>
                <Link
                  to="/formations"
                  className="font-medium text-slate-800 no-underline hover:underline dark:text-slate-200"
                  activeProps={{ 'aria-current': 'page', className: 'underline decoration-2' }}
                >
                  Formations
                </Link>
              </li>
              <li>
                <FavoritesLink />
              </li>
            </ul>
          </nav>
          <OfflineIndicator />
          <GlobalSearch />
        </div>
      </header>
      <FavoritesNotice />
      <UpdatePrompt />
      <RouteFocus />
      <CanonicalUrl />
      <main
        id="contenu"
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-gutter py-6 focus:outline-none"
      >
        <Outlet />
      </main>
      <footer className="border-t border-slate-200 bg-white text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300">
        <div className="mx-auto max-w-6xl px-gutter py-4">
          <PrintStamp />
          <DataCredit />
        </div>
      </footer>
    </div>
  );
}

function FavoritesLink() {
  const { items } = useFavorites();
  return (
    <Link
      to="/favoris"
      className="font-medium text-slate-800 no-underline hover:underline dark:text-slate-200"
      activeProps={{ 'aria-current': 'page', className: 'underline decoration-2' }}
    >
      Favoris
      {items.length > 0 && (
        <span className="ml-1 rounded-full bg-amber-100 px-2 text-sm text-amber-900 dark:bg-amber-900 dark:text-amber-100">
          {items.length}
        </span>
      )}
    </Link>
  );
}
