import { useLocation } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';

/**
 * After a navigation to another page, moves the focus to its main heading, so that keyboard and
 * screen-reader users start reading the new page (changes of search params only keep the focus).
 */
export function RouteFocus() {
  const pathname = useLocation({ select: (l) => l.pathname });
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    // Wait for the new page to render its heading.
    const timer = window.setTimeout(() => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (!heading || heading.contains(document.activeElement)) return;
      if (document.activeElement && document.activeElement.closest('[role="search"]')) return;
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }, 50);
    return () => window.clearTimeout(timer);
  }, [pathname]);
  return null;
}
