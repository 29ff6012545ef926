// Offline at real scale: after one visit, fiches of the 1,152-fiche corpus never opened online.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Fiche, Manifest } from '../src/public-api';
import { goOffline, waitForServiceWorker } from './offline';
import { expect, test } from './support';

const CATALOG = resolve(import.meta.dirname, '..', 'generated', 'catalog-corpus');

test('30 fiches never opened online open offline, with lists, counts and search', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const manifest = JSON.parse(readFileSync(join(CATALOG, 'manifest.json'), 'utf8')) as Manifest;
  const records = manifest.chunks.flatMap(
    (name) => (JSON.parse(readFileSync(join(CATALOG, name), 'utf8')) as { records: Fiche[] }).records,
  );
  const sample = records.filter((_, i) => i % 38 === 7).slice(0, 30);
  expect(sample.length).toBe(30);

  await page.goto('/');
  await waitForServiceWorker(page);
  const precached = await page.evaluate(async () => {
    let bytes = 0;
    let files = 0;
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        bytes += (await (await cache.match(request))!.arrayBuffer()).byteLength;
        files++;
      }
    }
    return { bytes, files };
  });
  console.info(`precache: ${precached.files} files, ${(precached.bytes / 1024 / 1024).toFixed(2)} MiB`);
  expect(precached.files).toBeGreaterThan(manifest.chunks.length + manifest.text.shards.length);

  await goOffline(context);
  for (const fiche of sample) {
    await page.goto(`/${fiche.kind === 'metier' ? 'metiers' : 'formations'}/${fiche.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fiche.title);
  }
  await page.goto('/metiers?interets=j-aime-bouger&niveau=3');
  const expected = records.filter(
    (r) => r.kind === 'metier' && r.level === 3 && r.interests.includes("J'aime bouger"),
  ).length;
  await expect(page.getByText(`${expected} métiers`, { exact: true })).toBeVisible();
  // The text of the fiches, searched in the shards of its index: precached, never fetched online.
  await page.goto('/metiers');
  await page.getByRole('searchbox', { name: 'Rechercher un métier', exact: true }).fill('orthodontistes');
  await expect(page.getByRole('link', { name: 'prothésiste dentaire', exact: true })).toBeVisible();
  await expect(page.getByText(/n'a pas pu être chargé/)).toHaveCount(0);
});
