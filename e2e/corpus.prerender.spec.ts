// The pages drawn at build time, at real scale (the 1,152 fiches of ../shared/corpus).
import { expect, test } from './support';
import { expectTakeoverWithoutShift, withoutScripts } from './takeover';

test.describe('before the JavaScript has arrived', () => {
  // (No service worker: it would serve the scripts held back here.)
  test.use({ expectedConsoleErrors: /Failed to load resource/, serviceWorkers: 'block' });

  test('the first screen of each list is there, with the summaries it has', async ({ page }) => {
    await withoutScripts(page);
    for (const [address, count, summaries] of [
      ['/metiers', /^\d{3} métiers$/, 12],
      // Most formations of the corpus have no summary to show.
      ['/formations', /^\d{3} formations$/, 2],
    ] as const) {
      await page.goto(address);
      await expect(page.getByRole('status').first()).toHaveText(count);
      const cards = page.locator('main ul[aria-label="Résultats"] > li');
      await expect(cards).toHaveCount(12);
      await expect(cards.locator('h2 a')).toHaveCount(12);
      // Each summary of the first screen is there, none is waiting for a download.
      await expect(cards.locator('p[aria-busy="false"]:not(:empty)')).toHaveCount(summaries);
      await expect(cards.locator('p[aria-busy="true"]')).toHaveCount(0);
    }
  });
});

test.describe('once the app has started', () => {
  // The drawn page is looked at first with its scripts held back.
  // (No service worker: it would serve the scripts held back here.)
  test.use({ expectedConsoleErrors: /Failed to load resource/, serviceWorkers: 'block' });
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    test(`the app takes the drawn pages' place without moving anything (${viewport.width} px wide)`, async ({
      page,
    }) => {
      await expectTakeoverWithoutShift(page, viewport, ['/', '/metiers', '/formations']);
    });
  }
});
