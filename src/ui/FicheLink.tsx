import { useRouter } from '@tanstack/react-router';
import type { CatalogEntry } from '../catalog/catalog';
import { KINDS } from '../catalog/kinds';
import { Breakable } from './Breakable';

/**
 * A link to a fiche. A plain anchor that asks the router to navigate, rather than the router's
 * `Link`: lists show dozens of them, and `Link` follows the router's state (active link,
 * preloading), which made it the main cost of rendering a list and of every URL change.
 */
export function FicheLink({ entry, className }: { entry: CatalogEntry; className?: string }) {
  const router = useRouter();
  const { routes } = KINDS[entry.kind];
  const href = `${import.meta.env.BASE_URL}${routes.segment}/${encodeURIComponent(entry.id)}`;
  return (
    <a
      href={href}
      className={className}
      onClick={(event) => {
        // A new tab or window, a download: the browser's own business.
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        void router.navigate({ to: routes.fiche, params: { id: entry.id } });
      }}
    >
      <Breakable text={entry.title} />
    </a>
  );
}
