// A broken environment: missing or damaged data, an unexpected error while rendering.
import { expect, test } from './support';

const KEY = 'explorateur-metiers:favoris';

// The failures these tests provoke are reported by the browser and by React's error boundary.
test.use({ expectedConsoleErrors: /DataError|Failed to load resource|bogue simulé/ });

for (const [name, damage] of [
  ['missing (404)', { status: 404, body: 'Not found' }],
  ['truncated', { status: 200, body: 'half' }],
  ['not JSON', { status: 200, body: '<html>maintenance</html>' }],
  ['JSON of the wrong shape', { status: 200, body: JSON.stringify({ version: 1, id: 'pas une liste' }) }],
] as const) {
  test(`an index that is ${name} gets a French message and a retry`, async ({ page }) => {
    await page.route(/\/catalog\/index\.[0-9a-f]+\.json$/, async (route) => {
      if (damage.body === 'half') {
        const real = await route.fetch();
        const text = await real.text();
        await route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: text.slice(0, text.length / 2),
        });
      } else {
        await route.fulfill({ status: damage.status, contentType: 'application/json', body: damage.body });
      }
    });
    await page.goto('/metiers');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: "Oups, la page n'a pas pu s'afficher" })).toBeVisible({
      timeout: 15_000,
    });
    await expect(alert).toContainText(
      damage.status === 404 ? 'introuvables sur le serveur' : /abîmées|format attendu/,
    );

    await page.unrouteAll();
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await expect(page.getByText('1 métier', { exact: true })).toBeVisible();
  });
}

test('a damaged chunk of fiches fails only the fiche, with a retry', async ({ page }) => {
  await page.route(/\/catalog\/fiches-.*\.json$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"records":[{"kind":"metier"}]}' }),
  );
  await page.goto('/metiers/MET.895');
  await expect(page.getByRole('alert')).toContainText('format attendu');
  // The header and its navigation stay usable around the failing page.
  await expect(page.getByRole('navigation', { name: 'Principale' })).toBeVisible();
  await page.unrouteAll();
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: "technicien/ne d'intervention clientèle gaz" }),
  ).toBeVisible();
});

test('an error while rendering shows a French recovery screen and keeps the favourites', async ({
  page,
  context,
}) => {
  await context.addInitScript((key) => {
    localStorage.setItem(
      key,
      JSON.stringify({
        version: 1,
        items: [{ kind: 'formation', id: 'FOR.11072', title: 'gaz', savedAt: 1 }],
      }),
    );
    // Simulate an unexpected bug: sorting breaks, but only on the first page load.
    if (sessionStorage.getItem('broken') === null) {
      sessionStorage.setItem('broken', '1');
      Object.defineProperty(Intl.Collator.prototype, 'compare', {
        get() {
          throw new Error('bogue simulé');
        },
      });
    }
  }, KEY);
  await page.goto('/metiers');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: "Oups, la page n'a pas pu s'afficher" })).toBeVisible();
  await expect(alert).toContainText('tes favoris sont conservés');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toContain('FOR.11072');
  await alert.getByRole('button', { name: 'Recharger' }).click();
  await expect(page.getByText('1 métier', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: /^Favoris/ }).click();
  await expect(
    page.getByRole('link', { name: 'bac pro technicien en transport et distribution des gaz' }),
  ).toBeVisible();
});
