import { useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';

/** Whether two paths are the same, however their characters are percent-encoded. */
function samePath(a: string, b: string): boolean {
  try {
    return decodeURI(a) === decodeURI(b);
  } catch {
    // A broken percent-encoding (a hostile address): compare as written.
    return a === b;
  }
}

/** The links of the page's content that lead to this path. */
function linksTo(pathname: string): HTMLAnchorElement[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].filter(
    (link) => link.origin === window.location.origin && samePath(link.pathname, pathname),
  );
}

function inView(element: HTMLElement): boolean {
  const rect = element.getBoundingClientRect();
  return rect.top >= 0 && rect.bottom <= window.innerHeight;
}

/**
 * After a navigation to another page, moves the focus to its main heading, so that keyboard and
 * screen-reader users start reading the new page (changes of search params only keep the focus).
 * After Back, the focus goes instead to the link of the page just left, where the
 * student was: the card of the fiche they opened from a list.
 */
export function RouteFocus() {
  // The page shown, once its data has loaded (until then the previous page stays on screen).
  const pathname = useRouterState({ select: (s) => (s.resolvedLocation ?? s.location).pathname });
  // The position in the session's history: lower after Back. (The browser's popstate comes
  // after the router has already rendered the page, so it cannot tell.)
  const position = useRouterState({ select: (s) => (s.resolvedLocation ?? s.location).state.__TSR_index });
  const previous = useRef(pathname);
  const previousPosition = useRef(position);
  // Which link each page was left by: a page may link to the same fiche more than once.
  const followed = useRef(new Map<string, { to: string; nth: number }>());
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link =
        event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('main a[href]') : null;
      if (!link) return;
      followed.current.set(window.location.pathname, {
        to: link.pathname,
        nth: linksTo(link.pathname).indexOf(link),
      });
    };
    document.addEventListener('click', onClick, { capture: true });
    return () => {
      document.removeEventListener('click', onClick, { capture: true });
    };
  }, []);
  useEffect(() => {
    const back = position < previousPosition.current;
    previousPosition.current = position;
    if (previous.current === pathname) return;
    const left = previous.current;
    previous.current = pathname;
    // Wait for the new page to render its heading (its data may still be loading), and its
    // list with it after Back: they come in the same render.
    let tries = 0;
    const place = () => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (!heading) {
        if (++tries < 60) timer = window.setTimeout(place, 50);
        return;
      }
      const leftBy = followed.current.get(pathname);
      const links = back ? linksTo(left) : [];
      const link = (leftBy && samePath(leftBy.to, left) ? links[leftBy.nth] : undefined) ?? links[0];
      if (link) {
        // The scroll position was restored: the card is where the student left it.
        link.focus({ preventScroll: true });
        if (!inView(link)) link.scrollIntoView({ block: 'center' });
        return;
      }
      if (heading.contains(document.activeElement)) return;
      if (document.activeElement && document.activeElement.closest('[role="search"]')) return;
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    };
    let timer = window.setTimeout(place, 50);
    return () => window.clearTimeout(timer);
  }, [pathname, position]);
  return null;
}
