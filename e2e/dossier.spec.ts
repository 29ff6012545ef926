// The dossier a student takes to a parent or a counsellor: the QR code of the list, a file to
// carry it to another device, and what a damaged file does (nothing to what is saved).
import jsQR from 'jsqr';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { expect, expectAccessible, seedStorage, test } from './support';

const KEY = 'explorateur-metiers:favoris';
const METIER = "technicien/ne d'intervention clientèle gaz";
const GAZ = 'bac pro technicien en transport et distribution des gaz';
const MICRO = 'bac pro microtechniques';
const SAVED = {
  version: 1,
  items: [
    { kind: 'metier', id: 'MET.895', title: METIER, savedAt: 1, note: 'Voir les stages en 3e' },
    { kind: 'formation', id: 'FOR.11072', title: GAZ, savedAt: 2 },
  ],
};

test('the QR code, decoded from a screenshot, opens the list with its notes on another phone', async ({
  browser,
  baseURL,
}) => {
  // Two browsers and an axe run: 20 s alone on this machine.
  test.slow();
  const student = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
  await seedStorage(student, JSON.stringify(SAVED));
  const page = await student.newPage();
  await page.goto('/favoris');
  await page.getByText('QR code : ouvrir ta liste sur un autre téléphone').click();
  const qr = page.getByRole('img', { name: /QR/ });
  await expect(qr).toBeVisible();
  // Big enough to scan from another phone: most of a phone's width.
  expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(280);
  await expectAccessible(page);

  const png = PNG.sync.read(await qr.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toMatch(new RegExp(`^${baseURL}/favoris\\?liste=`));
  // The link is written beside the code.
  await expect(page.getByRole('link', { name: decoded!.data })).toBeVisible();

  const counsellor = await browser.newContext({ baseURL });
  const other = await counsellor.newPage();
  await other.goto(decoded!.data);
  const shared = other.getByRole('region', { name: 'Liste partagée avec toi (2 fiches)' });
  await expect(shared.getByRole('link', { name: METIER })).toBeVisible();
  await expect(shared.getByRole('link', { name: GAZ })).toBeVisible();
  await expect(shared.getByText('Voir les stages en 3e')).toBeVisible();
  await student.close();
  await counsellor.close();
});

test('favourites exported to a file are imported in a fresh browser, merged with what is there', async ({
  browser,
  baseURL,
}) => {
  // Two browsers and an axe run: 20 s alone on this machine.
  test.slow();
  const old = await browser.newContext({ baseURL, acceptDownloads: true });
  await seedStorage(old, JSON.stringify(SAVED));
  const page = await old.newPage();
  await page.goto('/favoris');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Enregistrer dans un fichier' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^mes-favoris-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await download.path();
  const file = JSON.parse(readFileSync(path, 'utf8'));
  expect(file).toMatchObject({ format: 'explorateur-metiers/favoris', version: 1 });
  expect(file.catalogue).toEqual({ version: expect.stringMatching(/^\w+$/), exported: '2025-10-21' });

  // The new phone already has a favourite of its own.
  const fresh = await browser.newContext({ baseURL });
  await seedStorage(
    fresh,
    JSON.stringify({
      version: 1,
      items: [{ kind: 'formation', id: 'bac-pro-microtechniques', title: MICRO, savedAt: 9 }],
    }),
  );
  const other = await fresh.newPage();
  await other.goto('/favoris');
  const [chooser] = await Promise.all([
    other.waitForEvent('filechooser'),
    other.getByRole('button', { name: 'Ouvrir un fichier de favoris' }).click(),
  ]);
  await chooser.setFiles(path);
  await expect(
    other.getByRole('status').filter({ hasText: '2 fiches ajoutées à tes favoris.' }),
  ).toBeVisible();
  await expect(other.getByRole('textbox', { name: `Note sur « ${METIER} »` })).toHaveValue(
    'Voir les stages en 3e',
  );
  await expect(other.getByRole('link', { name: MICRO })).toBeVisible();
  await other.reload();
  await expect(other.getByRole('link', { name: GAZ })).toBeVisible();
  await expectAccessible(other);

  // Imported again: nothing twice.
  await other.locator('input[type="file"]').setInputFiles(path);
  await expect(
    other.getByRole('status').filter({ hasText: '0 fiche ajoutée à tes favoris (2 y étaient déjà).' }),
  ).toBeVisible();
  await old.close();
  await fresh.close();
});

test('a damaged or foreign file is refused in French, and nothing saved is lost', async ({
  page,
  context,
}) => {
  await seedStorage(context, JSON.stringify(SAVED));
  await page.goto('/favoris');
  const input = page.locator('input[type="file"]');
  for (const [name, content, message] of [
    ['abime.json', '{"format":"explorateur-metiers/favoris","items":[{"kind"', /abîmé/],
    ['photo.json', '{"type":"FeatureCollection","features":[]}', /n’est pas un fichier de favoris/],
  ] as const) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('alert')).toContainText("Tes favoris n'ont pas changé.");
  }
  await page.reload();
  await expect(page.getByRole('link', { name: METIER })).toBeVisible();
  await expect(page.getByRole('link', { name: GAZ })).toBeVisible();
  expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).items.length, KEY)).toBe(2);
});

test('starting on a new device with no favourite, a file brings them back', async ({ page }) => {
  await page.goto('/favoris');
  await expect(page.getByText("Tu n'as pas encore de favori.")).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enregistrer dans un fichier' })).toHaveCount(0);
  await page.locator('input[type="file"]').setInputFiles({
    name: 'mes-favoris.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'explorateur-metiers/favoris', ...SAVED })),
  });
  await expect(page.getByRole('link', { name: METIER })).toBeVisible();
  await expect(page.getByRole('textbox', { name: `Note sur « ${METIER} »` })).toHaveValue(
    'Voir les stages en 3e',
  );
});
