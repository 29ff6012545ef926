// A fiche removed between two deployments: favourites, comparisons and bookmarks that pointed
// to it degrade to "retirée du catalogue", never to a crash.
import { join } from 'node:path';
import { buildApp, ROOT, seedsWith } from './build-app';
import { serveStatic, type StaticServer } from '../scripts/static-server';
import { expect, expectAccessible, test } from './support';

const PORT = Number(process.env.E2E_REMOVED_PORT ?? 4182);
const SYNTHETIC = 'métier fictif pour tester les mises à jour (synthétique)';
const SYNTHETIC_ID = 'MET.900001';

let server: StaticServer;
let before: string;
let after: string;

test.describe.configure({ mode: 'serial' });
// Each page load gets the deployed version itself, not a service worker's copy of the old one.
test.use({ serviceWorkers: 'block' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // Version 1: the seeds plus a synthetic métier. Version 2: the seeds alone.
  const { work, seeds } = seedsWith('update');
  before = join(work, 'v1');
  after = join(work, 'v2');
  buildApp(seeds, before);
  buildApp(join(ROOT, 'seeds'), after);
  server = await serveStatic([], PORT, { host: 'localhost' });
});

test.afterAll(async () => {
  await server?.close();
});

test('favourites, comparisons and links to a removed fiche say it was removed', async ({ page }) => {
  server.serve(before);
  await page.goto(`${server.url}/metiers/${SYNTHETIC_ID}`);
  await expect(page.getByRole('heading', { level: 1, name: SYNTHETIC })).toBeVisible();
  await page.getByRole('button', { name: 'Ajouter aux favoris' }).click();
  await page.goto(`${server.url}/metiers/MET.895`);
  await page.getByRole('button', { name: 'Ajouter aux favoris' }).click();

  server.serve(after);
  await page.goto(`${server.url}/favoris`);
  const removed = page.getByRole('listitem').filter({ hasText: SYNTHETIC });
  await expect(removed.getByText('Fiche retirée du catalogue')).toBeVisible();
  // The other favourite is untouched, and the removed one can still be taken out of the list.
  await expect(page.getByRole('link', { name: "technicien/ne d'intervention clientèle gaz" })).toBeVisible();
  await expectAccessible(page);

  await page.goto(`${server.url}/comparer?ids=${SYNTHETIC_ID},MET.895`);
  await expect(page.getByText(/elles en ont peut-être été retirées/)).toBeVisible();
  await expectAccessible(page);

  // A bookmark of the fiche itself.
  await page.goto(`${server.url}/metiers/${SYNTHETIC_ID}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Fiche introuvable' })).toBeVisible();
  await expect(page.getByText(/Elle a peut-être été retirée du catalogue/)).toBeVisible();
  await expectAccessible(page);

  await page.goto(`${server.url}/favoris`);
  await removed.getByRole('button', { name: /Retirer/ }).click();
  await expect(page.getByText(SYNTHETIC)).toHaveCount(0);
});
