// The fiches a student has ruled out (« Pas pour moi »): they leave the lists and the search
// results, stay reachable by their address, and can be put back.
import { useMemo, useSyncExternalStore } from 'react';
import type { Catalog } from '../catalog/catalog';
import type { Kind } from '../catalog/schema';
import { addFavorite, isFavorite, removeFavorite, type Favorite } from './favorites';
import { hiddenStore, useFicheList } from './store';

type Fiche = { kind: Kind; id: string; title: string };

// The last fiche hidden, for « Annuler » (this tab only: an undo belongs to what one just did).
let lastHidden: Fiche | null = null;
const listeners = new Set<() => void>();
function setLastHidden(fiche: Fiche | null) {
  lastHidden = fiche;
  for (const listener of listeners) listener();
}
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useHidden() {
  const store = hiddenStore();
  const { items } = useFicheList(store);
  const last = useSyncExternalStore(
    subscribe,
    () => lastHidden,
    () => null,
  );
  return {
    items,
    /** The fiche hidden last, until it is put back or the undo is dismissed. */
    last,
    has: (kind: Kind, id: string) => isFavorite(items, kind, id),
    hide: (fiche: Fiche) => {
      store.update((list) =>
        addFavorite(list, { kind: fiche.kind, id: fiche.id, title: fiche.title, savedAt: Date.now() }),
      );
      setLastHidden(fiche);
    },
    show: (kind: Kind, id: string) => {
      store.update((list) => removeFavorite(list, kind, id));
      if (lastHidden?.kind === kind && lastHidden.id === id) setLastHidden(null);
    },
    dismissLast: () => setLastHidden(null),
  };
}

/** The entry indexes of the hidden fiches that are in the catalogue. */
export function useHiddenIndexes(catalog: Catalog, items: Favorite[]): ReadonlySet<number> {
  return useMemo(
    () =>
      new Set(
        items.flatMap((f) => {
          const entry = catalog.find(f.kind, f.id);
          return entry ? [entry.index] : [];
        }),
      ),
    [catalog, items],
  );
}
