// Lists of fiches kept in the browser, in sync between tabs: the favourites and the fiches
// hidden as « Pas pour moi » (localStorage), the fiches chosen to compare (sessionStorage: for
// this visit). Storage that is missing, full or damaged never breaks the app: a list then lives
// in memory and the user is told; what could not be read is copied aside before anything
// overwrites it.
import { useSyncExternalStore } from 'react';
import { COMPARE_KEY, HIDDEN_KEY, parseStored, serialize, STORAGE_KEY, type Favorite } from './favorites';

export type FavoritesNotice = 'unavailable' | 'full' | 'corrupted' | 'foreign' | null;

interface Snapshot {
  items: Favorite[];
  notice: FavoritesNotice;
}

function openStorage(area: StorageArea): Storage | null {
  try {
    const storage = window[area];
    storage.getItem(STORAGE_KEY);
    return storage;
  } catch {
    // Disabled storage, private modes, sandboxed frames: access itself throws.
    return null;
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

type StorageArea = 'localStorage' | 'sessionStorage';

export class FicheListStore {
  private snapshot: Snapshot = { items: [], notice: null };
  private readonly listeners = new Set<() => void>();
  private readonly storage: Storage | null;
  private readonly backupKey: string;

  constructor(
    private readonly key: string,
    area: StorageArea,
  ) {
    this.backupKey = `${key}:illisible`;
    this.storage = openStorage(area);
    this.load();
    // No window when the build draws pages in advance (src/prerender.tsx).
    if (typeof window === 'undefined') return;
    window.addEventListener('storage', (event) => {
      if (event.key === key || event.key === null) this.load();
    });
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  private set(next: Partial<Snapshot>) {
    this.snapshot = { ...this.snapshot, ...next };
    for (const listener of this.listeners) listener();
  }

  private load() {
    if (!this.storage) {
      this.set({ notice: 'unavailable' });
      return;
    }
    let raw: string | null;
    try {
      raw = this.storage.getItem(this.key);
    } catch {
      this.set({ notice: 'unavailable' });
      return;
    }
    const { items, problem } = parseStored(raw);
    if (problem && raw !== null) {
      // Keep a copy of what could not be read before it is ever overwritten.
      try {
        if (this.storage.getItem(this.backupKey) === null) this.storage.setItem(this.backupKey, raw);
      } catch {
        // No room for the copy: the readable items are kept all the same.
      }
    }
    this.set({ items, notice: problem ?? (this.snapshot.notice === 'full' ? 'full' : null) });
  }

  /** Replaces the list; saves it when storage allows, keeps it in memory otherwise. */
  update(change: (items: Favorite[]) => Favorite[]) {
    const items = change(this.snapshot.items);
    if (items === this.snapshot.items) return;
    if (!this.storage) {
      this.set({ items, notice: 'unavailable' });
      return;
    }
    try {
      this.storage.setItem(this.key, serialize(items));
      const recovered = this.snapshot.notice === 'full' || this.snapshot.notice === 'unavailable';
      this.set({ items, notice: recovered ? null : this.snapshot.notice });
    } catch (error) {
      this.set({ items, notice: isQuotaError(error) ? 'full' : 'unavailable' });
    }
  }

  dismiss() {
    this.set({ notice: null });
  }
}

const stores = new Map<string, FicheListStore>();

function storeOf(key: string, area: StorageArea): FicheListStore {
  let store = stores.get(key);
  if (!store) stores.set(key, (store = new FicheListStore(key, area)));
  return store;
}

export const favoritesStore = () => storeOf(STORAGE_KEY, 'localStorage');
export const hiddenStore = () => storeOf(HIDDEN_KEY, 'localStorage');
export const compareStore = () => storeOf(COMPARE_KEY, 'sessionStorage');

/** What the pages drawn at build time show: no list, nothing to say. */
const NONE: Snapshot = { items: [], notice: null };

export function useFicheList(store: FicheListStore): Snapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, () => NONE);
}
