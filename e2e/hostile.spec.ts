// Hostile fiches (synthetic, e2e/fixtures/hostile) render as inert text, only https links are
// links, the layout holds; and the Content-Security-Policy stops injected scripts.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { buildApp, seedsWith } from './build-app';
import { serveStatic, type StaticServer } from '../scripts/static-server';
import { expect, test } from './support';

const PORT = Number(process.env.E2E_HOSTILE_PORT ?? 4181);
const TRAP = 'métier piégé <script>window.__pwned=1</script> (synthétique)';

let server: StaticServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const { work, seeds } = seedsWith('hostile');
  const dist = join(work, 'dist');
  buildApp(seeds, dist);
  server = await serveStatic([], PORT, { host: 'localhost' });
  server.serve(dist);
});

test.afterAll(async () => {
  await server?.close();
});

/** Nothing of the fiches' markup became markup of the page, and no script of theirs ran. */
async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('main').locator('script, iframe, img, object, svg[onload], style')).toHaveCount(
    0,
  );
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  // The app's own addresses, https links, and the fiche's table of contents (#section-12).
  for (const href of hrefs) expect(href).toMatch(/^(\/|https:\/\/|#[\w-]+$)/);
}

async function expectNoHorizontalOverflow(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(width);
}

test('a hostile métier renders as text, with its links inert and its layout intact', async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${server.url}/metiers/MET.990001`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TRAP);
    await expect(
      page.getByText('<img src=x onerror="window.__pwned=1"> doivent rester du texte', { exact: false }),
    ).toBeVisible();
    await expect(page.getByText('[clique ici](javascript:window.__pwned=1)', { exact: false })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 3, name: '<svg onload="window.__pwned=1">titre piégé</svg>' }),
    ).toBeVisible();
    await expectInert(page);
    await expectNoHorizontalOverflow(page);
    // A right-to-left override in the text cannot reorder what follows its element.
    expect(
      await page
        .getByText('gnirts desrever', { exact: false })
        .evaluate((el) => getComputedStyle(el).unicodeBidi),
    ).toBe('isolate');

    await page.goto(`${server.url}/metiers?q=piege`);
    await expect(page.getByRole('link', { name: TRAP })).toBeVisible();
    await expectInert(page);
    await expectNoHorizontalOverflow(page);
  }
});

for (const [scheme, isLink] of [
  ['javascript', false],
  ['data', false],
  ['vbscript', false],
  ['https', true],
] as const) {
  test(`a « ${scheme}: » official link ${isLink ? 'is a safe link' : 'is shown as text only'}`, async ({
    page,
  }) => {
    await page.goto(`${server.url}/formations?q=${scheme}`);
    await page.getByRole('link', { name: `formation piégée ${scheme} (synthétique)` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `formation piégée ${scheme} (synthétique)`,
    );
    // The official text is with the codes, at the end of the fiche.
    const facts = page.getByRole('region', { name: 'Codes' });
    if (isLink) {
      const link = facts.getByRole('link', { name: /onisep/ });
      await expect(link).toHaveAttribute('href', 'https://www.onisep.fr/');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    } else {
      await expect(facts.getByText(scheme, { exact: false }).first()).toBeVisible();
      await expect(facts.getByText('(adresse non sécurisée, non cliquable)')).toBeVisible();
      await expect(facts.getByRole('link', { name: new RegExp(scheme) })).toHaveCount(0);
    }
    await expectInert(page);
  });
}

test.describe('under the Content-Security-Policy', () => {
  // The refusal of the injected script is the browser's expected report, not an error of the app.
  test.use({ expectedConsoleErrors: /Content Security Policy/ });

  test('an injected inline script is blocked, and the app still works', async ({ page }) => {
    await page.goto(`${server.url}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const blocked = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
            once: true,
          });
          const script = document.createElement('script');
          script.textContent = 'window.__pwned = 1';
          document.head.append(script);
        }),
    );
    expect(blocked).toMatch(/^script-src/);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

    // Under the policy: navigation, search (with its worker), and the service worker.
    await page.getByRole('link', { name: 'Métiers', exact: true }).first().click();
    await page.getByRole('searchbox', { name: 'Rechercher un métier', exact: true }).fill('oeuvre');
    await expect(page.getByRole('status').filter({ hasText: /\d+ métier/ })).toBeVisible();
    // `ready` resolves while the worker may still be "activating" (seen once in CI): wait for it.
    await page.evaluate(async () => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  });
});
