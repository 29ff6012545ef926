// The pages drawn at build time (scripts/vite-plugin-prerender.ts): readable before the
// JavaScript arrives, never shown at an address they were not drawn for, replaced by the app
// without a jump.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support';
import { expectTakeoverWithoutShift, withoutScripts } from './takeover';

const METIER = "technicien/ne d'intervention clientèle gaz";
const GAZ = 'bac pro technicien en transport et distribution des gaz';

const root = (page: Page) => page.locator('#root');

test.describe('before the JavaScript has arrived', () => {
  // (No service worker: it would serve the scripts held back here.)
  test.use({ expectedConsoleErrors: /Failed to load resource/, serviceWorkers: 'block' });

  test('the home page, the métiers and the formations are already on screen, not yet usable', async ({
    page,
  }) => {
    await withoutScripts(page);

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: "Qu'est-ce qui te plaît ?" })).toBeVisible();
    await expect(page.getByText("J'aime bouger")).toBeVisible();

    await page.goto('/metiers');
    await expect(page.getByRole('heading', { level: 1, name: 'Métiers' })).toBeVisible();
    await expect(page.getByText('1 métier', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: METIER })).toBeVisible();

    await page.goto('/formations');
    await expect(page.getByRole('heading', { level: 1, name: 'Formations' })).toBeVisible();
    await expect(page.getByText('2 formations', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: GAZ })).toBeVisible();

    // Inert: what is typed or ticked now could not be kept when the app takes over.
    await expect(root(page)).toHaveAttribute('inert', '');
    await expect(page.getByText('Chargement des fiches…')).toHaveCount(0);
  });

  for (const [address, drawnHeading] of [
    ['/metiers?interets=j-aime-bouger', 'Métiers'],
    ['/formations?q=gaz', 'Formations'],
    ['/metiers/MET.0', "Qu'est-ce qui te plaît ?"],
    ['/?interets=j-aime-bouger', "Qu'est-ce qui te plaît ?"],
  ]) {
    test(`${address} shows the loading frame, never the page drawn for another address`, async ({ page }) => {
      await withoutScripts(page);
      await page.goto(address!);
      await expect(page.getByText('Chargement des fiches…')).toBeVisible();
      await expect(page.getByRole('heading', { name: drawnHeading })).toHaveCount(0);
      await expect(root(page)).not.toHaveAttribute('inert');
    });
  }

  test('a fiche is drawn whatever a link added to its address; a list is not', async ({ page }) => {
    await withoutScripts(page);
    await page.goto('/metiers/MET.895?fbclid=abc&utm_source=lettre');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(METIER);
    await expect(root(page)).toHaveAttribute('inert', '');
    await page.goto('/metiers?utm_source=lettre');
    await expect(page.getByText('Chargement des fiches…')).toBeVisible();
  });

  test('every fiche is drawn whole, with its own title, description and preview', async ({ page }) => {
    await withoutScripts(page);
    for (const [address, title, sections] of [
      ['/metiers/MET.895', METIER, ['Nature du travail', 'Accès au métier']],
      ['/formations/FOR.11072', GAZ, ['Description', "Poursuite d'études"]],
    ] as const) {
      await page.goto(address);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      for (const section of sections)
        await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
      await expect(root(page)).toHaveAttribute('inert', '');
      await expect(page).toHaveTitle(`${title} · Explorateur des métiers`);
      const head = page.locator('head');
      // No SITE_URL for this build: the canonical address is the path, and there is no og:url.
      await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', address);
      await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
      await expect(head.locator('meta[property="og:url"]')).toHaveCount(0);
      const description = await head.locator('meta[name="description"]').getAttribute('content');
      expect(description).toMatch(/^\S.{40,}/);
      await expect(head.locator('meta[property="og:description"]')).toHaveAttribute('content', description!);
    }
  });
});

test.describe('once the app has started', () => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    test.describe(() => {
      // The drawn page is looked at first with its scripts held back.
      // (No service worker: it would serve the scripts held back here.)
      test.use({ expectedConsoleErrors: /Failed to load resource/, serviceWorkers: 'block' });
      test(`it takes the drawn page's place without moving anything (${viewport.width} px wide)`, async ({
        page,
      }) => {
        await expectTakeoverWithoutShift(page, viewport, [
          '/',
          '/metiers',
          '/formations',
          '/metiers/MET.895',
          '/formations/bac-pro-microtechniques',
        ]);
      });
    });
  }

  test('the page drawn in advance becomes the working app: search, filters, links', async ({ page }) => {
    await page.goto('/metiers');
    await page.getByRole('searchbox', { name: 'Rechercher un métier', exact: true }).fill('boulanger');
    await expect(page.getByText('0 métier', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: /Tout effacer/ }).click();
    await expect(page).toHaveURL('/metiers');
    await expect(page.getByText('1 métier', { exact: true })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: METIER }).click();
    await expect(page).toHaveURL('/metiers/MET.895');
    await expect(page.getByRole('heading', { level: 1, name: METIER })).toBeVisible();
  });
});
