// The installed app works without network after the first visit.
import { goOffline, waitForServiceWorker } from './offline';
import { expect, expectAccessible, test } from './support';

const METIER = "technicien/ne d'intervention clientèle gaz";
const GAZ = 'bac pro technicien en transport et distribution des gaz';
const MICRO = 'bac pro microtechniques';

test('after one visit, everything works offline: lists, counts, search, every fiche, favourites', async ({
  page,
  context,
}) => {
  // Eleven page loads, a service worker's install and an axe run: 12–30 s in CI runs, so slow.
  test.slow();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForServiceWorker(page);
  // A favourite saved online.
  await page.goto('/formations');
  await page.getByRole('button', { name: `Ajouter « ${GAZ} » aux favoris` }).click();

  await goOffline(context);
  await expect(page.getByRole('status').filter({ hasText: 'Hors connexion' })).toBeVisible();
  await page.reload();
  await expect(page.getByText('2 formations', { exact: true })).toBeVisible();

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: "Qu'est-ce qui te plaît ?" })).toBeVisible();
  await page.goto('/metiers?interets=j-aime-bouger');
  await expect(page.getByText('1 métier', { exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: "J'aime bouger 1 résultat" })).toBeChecked();

  // Search: titles at once, then the text of the fiches through the background index.
  await page.getByRole('searchbox', { name: 'Rechercher un métier ou une formation' }).fill('gaz');
  await expect(page.getByRole('heading', { level: 2, name: 'Formations (1)' })).toBeVisible();
  await page.goto('/formations?q=oeuvre');
  await expect(page.getByRole('link', { name: GAZ })).toBeVisible();

  // Fiches never opened online, opened straight from their URL.
  for (const [url, title] of [
    ['/metiers/MET.895', METIER],
    ['/formations/bac-pro-microtechniques', MICRO],
    ['/formations/FOR.11072', GAZ],
  ]) {
    await page.goto(url!);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  // Favourites: those saved online, and new ones.
  await page.goto('/formations/bac-pro-microtechniques');
  await page.getByRole('button', { name: 'Ajouter aux favoris' }).click();
  await page.goto('/favoris');
  await expect(page.getByRole('link', { name: GAZ })).toBeVisible();
  await expect(page.getByRole('link', { name: MICRO })).toBeVisible();
  await page.goto('/comparer?ids=FOR.11072,bac-pro-microtechniques');
  await expect(page.getByRole('heading', { level: 1, name: 'Comparer 2 formations' })).toBeVisible();
  await expectAccessible(page);
});

test('a bookmarked deep link opens offline in a new tab', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await goOffline(context);
  const tab = await context.newPage();
  await tab.goto('/metiers/MET.895?depuis=favori');
  await expect(tab.getByRole('heading', { level: 1, name: METIER })).toBeVisible();
});

test('the web app manifest makes the app installable, in French', async ({ page, request }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({
    name: 'Explorateur des métiers',
    short_name: 'Métiers',
    lang: 'fr',
    start_url: '/',
    display: 'standalone',
    theme_color: '#4338ca',
    background_color: '#f8fafc',
  });
  expect(manifest.description).toMatch(/hors connexion/);
  const icons = manifest.icons as { sizes: string; purpose: string; src: string }[];
  expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);
  for (const icon of icons)
    expect((await request.get(`/${icon.src}`)).headers()['content-type']).toBe('image/png');
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute(
    'href',
    '/icons/apple-touch-icon.png',
  );
  // Chromium's own installability checks (those Lighthouse relies on).
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Test browsers run in incognito-like contexts, where Chromium never installs apps.
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
});

test('the offline indicator comes and goes with the network, without getting in the way', async ({
  page,
  context,
}) => {
  await page.goto('/metiers');
  await waitForServiceWorker(page);
  const indicator = page.getByRole('status').filter({ hasText: 'Hors connexion' });
  await expect(indicator).toHaveCount(0);
  await context.setOffline(true);
  await expect(indicator).toBeVisible();
  await expectAccessible(page);
  await context.setOffline(false);
  await expect(indicator).toHaveCount(0);
});
