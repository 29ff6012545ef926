// The fiches chosen on the lists to compare (2 to MAX_COMPARED of one kind), for this visit.
import type { Kind } from '../catalog/schema';
import { addFavorite, encodeIds, isFavorite, MAX_COMPARED, removeFavorite } from './favorites';
import { compareStore, useFicheList } from './store';

export function useCompare(kind: Kind) {
  const store = compareStore();
  const all = useFicheList(store).items;
  const items = all.filter((f) => f.kind === kind);
  return {
    items,
    full: items.length >= MAX_COMPARED,
    has: (id: string) => isFavorite(all, kind, id),
    toggle: (fiche: { id: string; title: string }, chosen: boolean) =>
      store.update((list) =>
        chosen
          ? list.filter((f) => f.kind === kind).length >= MAX_COMPARED
            ? list
            : addFavorite(list, { kind, id: fiche.id, title: fiche.title, savedAt: Date.now() })
          : removeFavorite(list, kind, fiche.id),
      ),
    clear: () => store.update((list) => list.filter((f) => f.kind !== kind)),
    /** The comparison page's `ids`. */
    ids: encodeIds(items),
  };
}
