// What a phone with large text shows: the helpers of the tests that read the app at 360 px with
// the browser's text size at 200 %.
import type { Page } from '@playwright/test';

/** The browser's default text size at 200 % (32 px), as a student sets it in the settings. */
export async function largeText(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
}

/** How many pixels the page is wider than the screen (0: no sideways scroll). */
export const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * The words of headings, buttons and links that the page breaks in their middle (a line ends
 * between two letters), unless the word alone is wider than its line: such words may break.
 */
export const wordsBrokenInTheMiddle = (page: Page, selector = 'h1, h2, h3, button, a, label') =>
  page.evaluate((selector) => {
    const broken: string[] = [];
    const letter = /\p{L}/u;
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (element.closest('[hidden], dialog:not([open])') || element.getClientRects().length === 0) continue;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // An address may break anywhere.
        if (/https?:\/\/|www\./.test(text)) continue;
        const range = document.createRange();
        let previous: DOMRect | null = null;
        for (let i = 0; i < text.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getBoundingClientRect();
          if (rect.width === 0 && rect.height === 0) {
            previous = null;
            continue;
          }
          if (
            previous &&
            rect.top >= previous.bottom - 1 &&
            letter.test(text[i - 1]!) &&
            letter.test(text[i]!)
          ) {
            const word =
              /[\p{L}\p{N}'’/-]*$/u.exec(text.slice(0, i))![0] +
              /^[\p{L}\p{N}'’/-]*/u.exec(text.slice(i))![0];
            const line = element.getBoundingClientRect().width;
            const probe = document.createElement('span');
            probe.textContent = word;
            probe.style.whiteSpace = 'nowrap';
            node.parentElement!.append(probe);
            const wide = probe.getBoundingClientRect().width;
            probe.remove();
            if (wide <= line)
              broken.push(
                `${element.tagName.toLowerCase()} « ${word} » (${Math.round(wide)} px, ligne ${Math.round(line)} px)`,
              );
          }
          previous = rect;
        }
      }
    }
    return [...new Set(broken)];
  }, selector);

/** The search boxes whose placeholder is cut (wider than the box's text area). */
export const cutPlaceholders = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    const cut: string[] = [];
    for (const input of document.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
      if (input.getClientRects().length === 0) continue;
      const style = getComputedStyle(input);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room =
        input.clientWidth -
        parseFloat(style.paddingLeft) -
        parseFloat(style.paddingRight) -
        // The clear button of a search box.
        (input.type === 'search' ? parseFloat(style.fontSize) : 0);
      const width = canvas.measureText(input.placeholder).width;
      if (width > room)
        cut.push(`« ${input.placeholder} » (${Math.round(width)} px, place ${Math.round(room)} px)`);
    }
    return cut;
  });
