import { useSyncExternalStore } from 'react';

// One MediaQueryList per query: `matchMedia` is not free, and it would run on every render.
const lists = new Map<string, MediaQueryList>();
const listOf = (query: string) => {
  let list = lists.get(query);
  if (!list) lists.set(query, (list = window.matchMedia(query)));
  return list;
};

/**
 * Whether the media query matches; null where nobody knows (a page drawn at build time), which
 * then draws both layouts and lets CSS pick one.
 */
export function useMediaQuery(query: string): boolean | null {
  return useSyncExternalStore(
    (onChange) => {
      const list = listOf(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => listOf(query).matches,
    () => null,
  );
}
