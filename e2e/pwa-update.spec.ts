// A new version (code and data) reaches an installed app only when the user chooses, whole.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp, ROOT, seedsWith } from './build-app';
import { waitForServiceWorker } from './offline';
import { serveStatic, type StaticServer } from '../scripts/static-server';
import { expect, test } from './support';

const PORT = Number(process.env.E2E_UPDATE_PORT ?? 4180);
const SYNTHETIC = 'métier fictif pour tester les mises à jour (synthétique)';

let server: StaticServer;
let before: string;
let after: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // Version 1: the seeds. Version 2: the seeds plus one synthetic test fiche.
  const { work, seeds } = seedsWith('update');
  before = join(work, 'v1');
  after = join(work, 'v2');
  buildApp(join(ROOT, 'seeds'), before);
  buildApp(seeds, after);
  server = await serveStatic([], PORT, { host: 'localhost' });
  server.serve(before);
});

test.afterAll(async () => {
  await server?.close();
});

const indexName = (dir: string) => readdirSync(join(dir, 'catalog')).find((n) => n.startsWith('index.'))!;

test('the user is offered the new version, keeps a working app meanwhile, and gets code and data together', async ({
  page,
}) => {
  await page.goto(`${server.url}/metiers`);
  await expect(page.getByText('1 métier', { exact: true })).toBeVisible();
  await waitForServiceWorker(page);

  server.serve(after);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  const prompt = page.getByRole('status').filter({ hasText: 'Nouvelle version disponible' });
  await expect(prompt).toBeVisible({ timeout: 20_000 });

  // Until the user chooses, the old version goes on working whole: old code, old data,
  // including a fiche never opened before.
  await page.getByRole('link', { name: 'Formations' }).click();
  await page.getByRole('link', { name: 'bac pro microtechniques' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'bac pro microtechniques' })).toBeVisible();
  await page.getByRole('link', { name: 'Métiers', exact: true }).first().click();
  await expect(page.getByText('1 métier', { exact: true })).toBeVisible();

  await prompt.getByRole('button', { name: 'Mettre à jour' }).click();
  await expect(page.getByText('2 métiers', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('link', { name: SYNTHETIC })).toBeVisible();
  await expect(prompt).toHaveCount(0);

  // The old version's data is gone from the caches; the new one's is there.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls.join('\n');
  });
  expect(cached).toContain(indexName(after));
  expect(cached).not.toContain(indexName(before));
});

test('« Plus tard » keeps the current version until the next visit', async ({ page }) => {
  server.serve(before);
  await page.goto(`${server.url}/`);
  await waitForServiceWorker(page);
  server.serve(after);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  const prompt = page.getByRole('status').filter({ hasText: 'Nouvelle version disponible' });
  await prompt.getByRole('button', { name: 'Plus tard' }).click();
  await expect(prompt).toHaveCount(0);
  await page.goto(`${server.url}/metiers`);
  await expect(page.getByText('1 métier', { exact: true })).toBeVisible();
});

test('another open tab follows the update, so no tab mixes versions', async ({ context }) => {
  server.serve(before);
  const first = await context.newPage();
  await first.goto(`${server.url}/metiers`);
  await waitForServiceWorker(first);
  const second = await context.newPage();
  await second.goto(`${server.url}/metiers`);
  await expect(second.getByText('1 métier', { exact: true })).toBeVisible();

  server.serve(after);
  await first.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await first
    .getByRole('status')
    .filter({ hasText: 'Nouvelle version disponible' })
    .getByRole('button', { name: 'Mettre à jour' })
    .click();
  await expect(first.getByText('2 métiers', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(second.getByText('2 métiers', { exact: true })).toBeVisible({ timeout: 20_000 });
});
