// Shared by the seeds and corpus tests of the pages drawn at build time.
import type { Page } from '@playwright/test';
import { expect } from './support';

/** The JavaScript never arrives: what a phone on a weak network shows in the meantime. */
export async function withoutScripts(page: Page) {
  await page.route('**/*.js', (route) => route.abort());
}

/**
 * Where the things a reader looks at sit on the screen: header, heading, search box, count,
 * the first cards and the filters (not the footer: the app's list grows below the first screen). (The layout-shift API cannot tell: the app's takeover puts
 * new elements in place of the drawn ones, and new elements never count as shifted.)
 */
function landmarks(page: Page) {
  return page.evaluate(() => {
    const selectors = [
      'header',
      'main h1',
      'main h2',
      'main form[role="search"]',
      'main [role="status"]',
      'main aside',
      'main ul[aria-label="Résultats"] > li',
      'main fieldset li',
    ];
    return selectors.flatMap((selector) =>
      [...document.querySelectorAll(selector)]
        .map((element) => element.getBoundingClientRect())
        .filter((r) => r.width > 0) // drawn for the other screen size, hidden on this one
        .slice(0, 12)
        .map((r, i) => `${selector} #${i}: ${[r.x, r.y, r.width, r.height].map(Math.round).join(',')}`),
    );
  });
}

/**
 * Opens each address at the given size twice: without its scripts (the page drawn at build
 * time) and normally (once the app has taken over): everything is where it was.
 */
export async function expectTakeoverWithoutShift(
  page: Page,
  viewport: { width: number; height: number },
  addresses: string[],
) {
  await page.setViewportSize(viewport);
  for (const address of addresses) {
    await withoutScripts(page);
    await page.goto(address);
    await expect(page.locator('#root')).toHaveAttribute('inert');
    const drawn = await landmarks(page);
    await page.unrouteAll();

    await page.goto(address);
    await expect(page.locator('#root')).not.toHaveAttribute('inert');
    await expect(page.locator('#root')).not.toHaveAttribute('data-page');
    expect(await landmarks(page), address).toEqual(drawn);
  }
}
