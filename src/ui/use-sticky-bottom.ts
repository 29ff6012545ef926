import { useLayoutEffect, useRef } from 'react';

/**
 * For a bar stuck to the bottom of the screen: the page scrolls a focused element above it, never
 * under it (WCAG 2.4.11; `scroll-padding`, technique C43). The bar's height follows its text, which
 * wraps with large text, so it is measured rather than guessed. (A bar that takes a third of the
 * screen with large text should not be stuck at all: its own CSS decides, in `em` of the
 * browser's text size.)
 */
export function useStickyBottom<T extends HTMLElement>() {
  const bar = useRef<T>(null);
  useLayoutEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      // Stuck only where the screen is tall for its text (see the bar's media query): sticky (a
      // list's bar) or fixed (the controls of « Écouter la fiche », which follow no list).
      const stuck = ['sticky', 'fixed'].includes(getComputedStyle(element).position);
      // With room for what is drawn around a focused control (its label's box, the focus ring).
      root.style.scrollPaddingBottom = stuck ? `${element.offsetHeight + 24}px` : '';
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingBottom = '';
    };
  }, []);
  return bar;
}
