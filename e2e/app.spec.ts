// The built app loads the compiled bundle of the seeds and shows its records.
import { expect, test } from './support';

test('the lists show the records of the bundle', async ({ page }) => {
  await page.goto('/metiers');
  await expect(page.getByRole('heading', { level: 1, name: 'Métiers' })).toBeVisible();
  await expect(page.getByText('1 métier', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: "technicien/ne d'intervention clientèle gaz" })).toBeVisible();

  await page.goto('/formations');
  await expect(page.getByText('2 formations', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'bac pro microtechniques' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'bac pro technicien en transport et distribution des gaz' }),
  ).toBeVisible();
});

test('a fiche shows the full text fetched from its chunk', async ({ page }) => {
  await page.goto('/metiers/MET.895');
  await expect(
    page.getByRole('heading', { level: 1, name: "technicien/ne d'intervention clientèle gaz" }),
  ).toBeVisible();
  await expect(
    page.getByText('A partir de 1801 euros brut par mois', { exact: false }).first(),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Un salarié de GRDF' })).toBeVisible();
  await expect(page).toHaveTitle("technicien/ne d'intervention clientèle gaz · Explorateur des métiers");
});

test('the page is in French and preloads the content-hashed index', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const preload = await page.locator('link[rel="preload"][as="fetch"]').getAttribute('href');
  expect(preload).toMatch(/^\/catalog\/index\.[0-9a-f]{12}\.json$/);
});
