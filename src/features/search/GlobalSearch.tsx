// The search box of the header: searches métiers and formations together, as you type.
import { useLocation, useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { KIND_LIST } from '../../catalog/kinds';
import { SearchInput } from '../../ui/SearchInput';

export function GlobalSearch() {
  const navigate = useNavigate();
  const id = useId();
  const location = useLocation();
  const onSearchPage = location.pathname === '/recherche';
  // A list page has its own search box: on a phone, the header's folds away, so that the page
  // does not show two stacked boxes.
  const onListPage = KIND_LIST.some((k) => k.routes.list === location.pathname);
  const urlQuery = onSearchPage ? String((location.search as { q?: string }).q ?? '') : '';

  const go = (q: string) =>
    void navigate({
      to: '/recherche',
      search: { q: q.trim() === '' ? undefined : q },
      replace: onSearchPage,
    });

  return (
    <form
      role="search"
      aria-label="Toutes les fiches"
      className={`no-print w-full sm:ml-auto sm:w-80 ${onListPage ? 'max-sm:hidden' : ''}`}
      onSubmit={(e) => {
        e.preventDefault();
        go(new FormData(e.currentTarget).get('q')?.toString() ?? '');
      }}
    >
      <label htmlFor={id} className="sr-only">
        Rechercher un métier ou une formation
      </label>
      <SearchInput id={id} name="q" placeholder="Métier, formation…" value={urlQuery} onValueChange={go} />
    </form>
  );
}
