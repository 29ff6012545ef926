// Favourites kept in the browser (localStorage), in sync between tabs. Storage that is missing,
// full or damaged never breaks the app: favourites then live in memory and the user is told.
import { useSyncExternalStore } from 'react';
import { parseStored, serialize, STORAGE_KEY, type Favorite } from './favorites';

export type FavoritesNotice = 'unavailable' | 'full' | 'corrupted' | 'foreign' | null;

const BACKUP_KEY = `${STORAGE_KEY}:illisible`;

interface Snapshot {
  items: Favorite[];
  notice: FavoritesNotice;
}

function openStorage(): Storage | null {
  try {
    const storage = window.localStorage;
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

class FavoritesStore {
  private snapshot: Snapshot = { items: [], notice: null };
  private readonly listeners = new Set<() => void>();
  private readonly storage = openStorage();

  constructor() {
    this.load();
    // No window when the build draws pages in advance (src/prerender.tsx).
    if (typeof window === 'undefined') return;
    window.addEventListener('storage', (event) => {
      if (event.key === STORAGE_KEY || event.key === null) this.load();
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
      raw = this.storage.getItem(STORAGE_KEY);
    } catch {
      this.set({ notice: 'unavailable' });
      return;
    }
    const { items, problem } = parseStored(raw);
    if (problem && raw !== null) {
      // Keep a copy of what could not be read before it is ever overwritten.
      try {
        if (this.storage.getItem(BACKUP_KEY) === null) this.storage.setItem(BACKUP_KEY, raw);
      } catch {
        // No room for the copy: the readable favourites are kept all the same.
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
      this.storage.setItem(STORAGE_KEY, serialize(items));
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

let store: FavoritesStore | null = null;

export function favoritesStore(): FavoritesStore {
  store ??= new FavoritesStore();
  return store;
}

/** What the pages drawn at build time show: no favourites, nothing to say. */
const NONE: Snapshot = { items: [], notice: null };

export function useFavoritesSnapshot(): Snapshot {
  const s = favoritesStore();
  return useSyncExternalStore(s.subscribe, s.getSnapshot, () => NONE);
}
