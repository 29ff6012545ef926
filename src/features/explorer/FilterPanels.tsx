// Where the filters are: beside the results on a wide screen, in a drawer on a phone. A page
// drawn at build time does not know the screen: it draws both, and CSS shows the right one.
import { useRef, useState, type ReactNode } from 'react';
import { useMediaQuery } from '../../ui/use-media-query';

export function useFilterPanels({
  id,
  panel,
  closeLabel,
}: {
  /** The page's own id, that the drawer's heading id is made from. */
  id: string;
  panel: ReactNode;
  closeLabel: string;
}) {
  // null in the pages drawn at build time.
  const wide = useMediaQuery('(min-width: 64rem)');
  const drawer = useRef<HTMLDialogElement>(null);
  // The drawer's facets are rendered only while it is open: on a phone they are not part of the
  // first screen, and rendering them hidden delayed it.
  const [drawerOpen, setDrawerOpen] = useState(false);

  const aside = wide !== false && (
    <aside aria-label="Filtres" className={`no-print self-start ${wide === null ? 'max-lg:hidden' : ''}`}>
      <h2 className="mb-3 text-xl font-bold">Filtres</h2>
      {panel}
    </aside>
  );

  const dialog = wide !== true && (
    <dialog
      ref={drawer}
      onClose={() => setDrawerOpen(false)}
      aria-labelledby={`${id}-filtres`}
      className="m-0 ml-auto h-dvh max-h-none w-[min(24rem,100vw)] max-w-none bg-white p-0 text-slate-900 backdrop:bg-black/50 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="sticky top-0 flex items-center justify-between border-b border-slate-200 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
        <h2 id={`${id}-filtres`} className="text-xl font-bold">
          Filtres
        </h2>
        <button type="button" className="btn-primary" onClick={() => drawer.current?.close()}>
          {closeLabel}
        </button>
      </div>
      <div className="p-4">{drawerOpen && panel}</div>
    </dialog>
  );

  const openButton = (activeCount: number) =>
    wide !== true && (
      <button
        type="button"
        className={`btn-secondary no-print ${wide === null ? 'lg:hidden' : ''}`}
        aria-haspopup="dialog"
        onClick={() => {
          setDrawerOpen(true);
          drawer.current?.showModal();
        }}
      >
        Filtres{activeCount > 0 ? ` (${activeCount})` : ''}
      </button>
    );

  return { aside, dialog, openButton };
}
