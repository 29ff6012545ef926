// A long visit stays light: 200 trips inside the app (a search, a fiche, back; favourites), with no
// page error, and the memory the page keeps after garbage collection bounded. A leak (listeners,
// timers, subscriptions, caches that grow with every trip) would show as growth here.
import type { Page } from '@playwright/test';
import { expect, resultCount, test } from './support';

const QUERIES = [
  'gaz',
  'soigner',
  'animaux',
  'informatique',
  'cuisine',
  'commerce',
  'bâtiment',
  'santé',
  'droit',
  'art',
];
const TRIPS = 200;
/** A new search every this many trips; in between, the list's first two results in turn. */
const SEARCH_EVERY = 5;
/** The first trips open every fiche the session will see (2 per query): loaded once, then kept. */
const WARM_UP = SEARCH_EVERY * QUERIES.length;
/** Growth allowed after warm-up, in bytes (the figure measured is in the closing note of issue 17). */
const BOUND = 4 * 1024 * 1024;

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  // Twice: objects freed by the first collection's finalizers go in the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

test('200 trips in the app: no error, and the memory kept does not grow', async ({ page }) => {
  // 200 trips: ≈ 0.4 s each alone, up to 3× that beside the other worker in CI.
  test.setTimeout(420_000);
  await page.goto('/metiers');
  // Typed in before the app has adopted the drawn list, a search would be lost.
  await expect(page.locator('#root')).not.toHaveAttribute('inert', { timeout: 15_000 });
  const search = page.getByRole('searchbox', { name: 'Rechercher un métier', exact: true });
  const results = page.locator('main ul[aria-label="Résultats"] > li h2 a');
  let afterWarmUp = 0;
  let query = '';

  for (let trip = 0; trip < TRIPS; trip++) {
    if (trip === WARM_UP) afterWarmUp = await heapAfterGc(page);
    if (trip % SEARCH_EVERY === 0) {
      query = QUERIES[(trip / SEARCH_EVERY) % QUERIES.length]!;
      await search.fill(query);
      await expect(resultCount(page)).toHaveText(/^\d+ métiers?/);
    }
    const link = results.nth(trip % 2);
    const title = (await link.innerText()).replace(/\s+/g, ' ').trim();
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    if (trip % 10 === 3)
      await page
        .getByRole('button', { name: /aux favoris|des favoris/ })
        .first()
        .click();
    if (trip % 25 === 7) {
      await page
        .getByRole('navigation', { name: 'Principale' })
        .getByRole('link', { name: /Favoris/ })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: 'Mes favoris' })).toBeVisible();
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    }
    await page.goBack();
    await expect(search).toHaveValue(query);
  }

  const atEnd = await heapAfterGc(page);
  const growth = atEnd - afterWarmUp;
  const mb = (bytes: number) => (bytes / 1048576).toFixed(2);
  const figure = `heap after ${WARM_UP} trips ${mb(afterWarmUp)} MB, after ${TRIPS} ${mb(atEnd)} MB, growth ${mb(growth)} MB`;
  test.info().annotations.push({ type: 'heap', description: figure });
  console.log(figure);
  expect(growth).toBeLessThan(BOUND);
});
