// Printed on A4 (Chromium's PDF): fiches flow across pages without half-empty ones, and every
// printout says its address and day; the favourites print as the meeting's sheet.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Fiche, Manifest } from '../src/public-api';
import { expect, test } from './support';

const CATALOG = resolve(import.meta.dirname, '..', 'generated', 'catalog-corpus');
const manifest = JSON.parse(readFileSync(join(CATALOG, 'manifest.json'), 'utf8')) as Manifest;
const FICHES = manifest.chunks.flatMap(
  (name) => (JSON.parse(readFileSync(join(CATALOG, name), 'utf8')) as { records: Fiche[] }).records,
);
const FORMATION_IDS = new Set(FICHES.flatMap((f) => (f.kind === 'formation' ? [f.id] : [])));
const METIERS = FICHES.flatMap((f) => (f.kind === 'metier' ? [f] : []));

/** A4 less the 1.5 cm margins of the print style, in CSS pixels. */
const PAGE = { width: ((210 - 30) / 25.4) * 96, height: ((297 - 30) / 25.4) * 96 };

/** The pages of the PDF Chromium prints, and the fewest the content could take. */
async function printed(page: Page): Promise<{ pages: number; fewest: number }> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: Math.floor(PAGE.width), height: 1000 });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  return { pages, fewest: Math.ceil(height / PAGE.height) };
}

test.describe('a printed fiche', () => {
  for (const id of ['MET.75', 'MET.171']) {
    test(`${id} flows across its pages and says its address and day`, async ({ page }) => {
      await page.goto(`/metiers/${id}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const { pages, fewest } = await printed(page);
      console.log(`${id} printed: ${pages} pages (its content alone: ${fewest})`);
      // At most one page more than the content needs: no section starts a new page.
      expect(pages).toBeLessThanOrEqual(fewest + 1);
      // The route from 3e prints whole, its years and steps in reading order, within the page's width.
      const route = page.getByRole('region', { name: 'Comment y arriver' });
      if (id === 'MET.75') {
        await expect(route.locator('ol.route')).toBeVisible();
        await expect(route.getByRole('heading', { level: 3 }).first()).toHaveText('3 ans après la 3e');
        await expect(route.getByRole('heading', { level: 3, name: '8 ans après la 3e' })).toBeVisible();
      } else
        await expect(route.getByRole('heading', { name: 'Autres formations recommandées' })).toBeVisible();
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBe(0);
      await expect(page.getByText(/^Imprimé le \d{1,2}e? \S+ \d{4} depuis/)).toBeVisible();
      await expect(page.getByText(`/metiers/${id}`, { exact: false }).last()).toBeVisible();
      await expect(page.getByRole('button', { name: 'Imprimer la fiche' })).toBeHidden();
      await expect(page.getByRole('navigation', { name: 'Principale' })).toBeHidden();
    });
  }
});

test('the printed comparison uses the page’s width', async ({ page }) => {
  await page.goto('/comparer?ids=MET.75,MET.171');
  await expect(page.getByRole('table')).toBeVisible();
  const { pages, fewest } = await printed(page);
  console.log(`comparison printed: ${pages} pages (its content alone: ${fewest})`);
  expect(pages).toBeLessThanOrEqual(fewest + 1);
  expect((await page.getByRole('table').boundingBox())!.width).toBeGreaterThan(PAGE.width * 0.95);
});

test('the favourites print for the meeting: facts, the route in short, notes, the QR code, no buttons', async ({
  page,
  context,
}) => {
  // Métiers whose recommended formations are in the catalogue, so that a route can be drawn.
  const chosen = METIERS.filter((m) => m.related.some((r) => r.id && FORMATION_IDS.has(r.id))).slice(0, 10);
  const items = chosen.map((m, i) => ({
    kind: 'metier',
    id: m.id,
    title: m.title,
    savedAt: i,
    note: `Question ${i + 1} : demander les stages et l'alternance`,
  }));
  await context.addInitScript(
    (raw) => localStorage.setItem('explorateur-metiers:favoris', raw),
    JSON.stringify({ version: 1, items }),
  );
  await page.goto('/favoris');
  await expect(page.getByRole('heading', { level: 2, name: 'Métiers (10)' })).toBeVisible();
  const { pages, fewest } = await printed(page);
  console.log(`10 favourites with notes printed: ${pages} pages (their content alone: ${fewest})`);
  expect(pages).toBeLessThanOrEqual(fewest + 1);
  for (const [i, m] of chosen.entries()) {
    const row = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: m.title, exact: true }) });
    await expect(row.getByText(`Note : Question ${i + 1} : demander`)).toBeVisible();
    await expect(row.getByText('Comment y arriver (formations recommandées) :')).toBeVisible();
  }
  await expect(page.getByRole('img', { name: /QR/ }).last()).toBeVisible();
  await expect(page.getByText(/^Imprimé le .* depuis/)).toBeVisible();
  for (const name of [
    'Partager ma liste',
    'Imprimer ma liste',
    'Tout effacer',
    'Enregistrer dans un fichier',
  ])
    await expect(page.getByRole('button', { name })).toBeHidden();
  await expect(page.getByRole('textbox', { name: /^Note sur/ }).first()).toBeHidden();
});
