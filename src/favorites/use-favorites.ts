import type { Kind } from '../catalog/schema';
import { addFavorite, isFavorite, mergeFavorites, removeFavorite, setNote, type Favorite } from './favorites';
import { favoritesStore, useFicheList } from './store';

export function useFavorites() {
  const store = favoritesStore();
  const { items, notice } = useFicheList(store);
  return {
    items,
    notice,
    has: (kind: Kind, id: string) => isFavorite(items, kind, id),
    add: (fiche: { kind: Kind; id: string; title: string }) =>
      store.update((list) =>
        addFavorite(list, { kind: fiche.kind, id: fiche.id, title: fiche.title, savedAt: Date.now() }),
      ),
    /** Saved at each keystroke: a note is never lost to a closed tab. */
    setNote: (kind: Kind, id: string, note: string) => store.update((list) => setNote(list, kind, id, note)),
    remove: (kind: Kind, id: string) => store.update((list) => removeFavorite(list, kind, id)),
    clear: () => store.update(() => []),
    /** Puts back a list (undo after clearing). */
    replace: (list: Favorite[]) => store.update(() => list),
    merge: (incoming: Favorite[]) => store.update((list) => mergeFavorites(list, incoming)),
    dismissNotice: () => store.dismiss(),
  };
}
