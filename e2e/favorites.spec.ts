// Favourites, comparison and sharing, without an account: everything stays in the browser.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, seedStorage, test } from './support';

const KEY = 'explorateur-metiers:favoris';
const METIER = "technicien/ne d'intervention clientèle gaz";
const GAZ = 'bac pro technicien en transport et distribution des gaz';
const MICRO = 'bac pro microtechniques';

const favoritesLink = (page: Page) =>
  page.getByRole('navigation', { name: 'Principale' }).getByRole('link', { name: /^Favoris/ });

test('add from a list and a fiche, keep across reloads, remove', async ({ page }) => {
  await page.goto('/formations');
  await page.getByRole('button', { name: `Ajouter « ${MICRO} » aux favoris` }).click();
  await expect(page.getByRole('button', { name: `Retirer « ${MICRO} » des favoris` })).toBeVisible();
  await expect(favoritesLink(page)).toHaveText('Favoris1');

  await page.goto('/metiers/MET.895');
  await page.getByRole('button', { name: 'Ajouter aux favoris' }).click();
  await expect(page.getByRole('button', { name: 'Retirer des favoris' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Retirer des favoris' })).toBeVisible();
  await favoritesLink(page).click();
  await expect(page).toHaveURL('/favoris');
  await expect(page.getByRole('heading', { level: 2, name: 'Métiers (1)' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Formations (1)' })).toBeVisible();
  await expect(page.getByRole('link', { name: METIER })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: `Retirer « ${MICRO} » des favoris` }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Formations/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('link', { name: MICRO })).toHaveCount(0);
  await expect(page.getByRole('link', { name: METIER })).toBeVisible();
});

test('clearing asks nothing but can be undone', async ({ page, context }) => {
  await seedStorage(
    context,
    JSON.stringify({ version: 1, items: [{ kind: 'formation', id: 'FOR.11072', title: GAZ, savedAt: 1 }] }),
  );
  await page.goto('/favoris');
  await page.getByRole('button', { name: 'Tout effacer' }).click();
  await expect(page.getByText("Tu n'as pas encore de favori.")).toBeVisible();
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByRole('link', { name: GAZ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: GAZ })).toBeVisible();
});

test('two open tabs stay in sync', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/formations');
  await second.goto('/favoris');
  await expect(second.getByText("Tu n'as pas encore de favori.")).toBeVisible();
  await first.getByRole('button', { name: `Ajouter « ${GAZ} » aux favoris` }).click();
  await expect(second.getByRole('link', { name: GAZ })).toBeVisible();
  await expect(favoritesLink(second)).toHaveText('Favoris1');
  await second.getByRole('button', { name: `Retirer « ${GAZ} » des favoris` }).click();
  await expect(first.getByRole('button', { name: `Ajouter « ${GAZ} » aux favoris` })).toBeVisible();
});

const readable = { kind: 'metier', id: 'MET.895', title: METIER, savedAt: 1 };
for (const [name, raw, message, kept] of [
  ['invalid JSON', '{"version":1,"items":[{"kind":', 'étaient abîmés', false],
  ['binary garbage', '\u0000\u00ff\ufffd☃', 'étaient abîmés', false],
  ['another application’s data', '{"theme":"dark","items":"none"}', "n'a pas pu être lue", false],
  [
    'a list with garbage and one readable favourite',
    JSON.stringify([42, null, { kind: 'x' }, readable]),
    "n'a pas pu être lue",
    true,
  ],
  [
    'a future version',
    JSON.stringify({ version: 9, items: [readable, { id: 7 }] }),
    "n'a pas pu être lue",
    true,
  ],
] as const) {
  test(`storage holding ${name} does not break the app`, async ({ page, context }) => {
    await seedStorage(context, raw);
    await page.goto('/favoris');
    await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
    if (kept) await expect(page.getByRole('link', { name: METIER })).toBeVisible();
    else await expect(page.getByText("Tu n'as pas encore de favori.")).toBeVisible();
    // What could not be read is kept aside, and the app goes on working.
    expect(await page.evaluate((key) => localStorage.getItem(`${key}:illisible`), KEY)).toBe(raw);
    await page.goto('/formations');
    await page.getByRole('button', { name: `Ajouter « ${MICRO} » aux favoris` }).click();
    await page.goto('/favoris');
    await expect(page.getByRole('link', { name: MICRO })).toBeVisible();
  });
}

test('storage unavailable (private mode): favourites live for the visit, with a clear message', async ({
  page,
  context,
}) => {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/formations');
  await expect(
    page.getByRole('status').filter({ hasText: "ne permet pas d'enregistrer des favoris" }),
  ).toBeVisible();
  await page.getByRole('button', { name: `Ajouter « ${MICRO} » aux favoris` }).click();
  await favoritesLink(page).click();
  await expect(page.getByRole('link', { name: MICRO })).toBeVisible();
});

test('storage full: the favourite is kept for the visit, with a clear message', async ({ page, context }) => {
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
  });
  await page.goto('/formations');
  await page.getByRole('button', { name: `Ajouter « ${MICRO} » aux favoris` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'est plein' })).toBeVisible();
  await expect(page.getByRole('button', { name: `Retirer « ${MICRO} » des favoris` })).toBeVisible();
});

test('a favourite removed from the catalogue is shown as such, with its saved title', async ({
  page,
  context,
}) => {
  await seedStorage(
    context,
    JSON.stringify({
      version: 1,
      items: [
        { kind: 'metier', id: 'MET.424242', title: 'souffleur/euse de verre', savedAt: 1 },
        { kind: 'formation', id: 'FOR.11072', title: GAZ, savedAt: 2 },
      ],
    }),
  );
  await page.goto('/favoris');
  await expect(page.getByText('souffleur/euse de verre', { exact: true })).toBeVisible();
  await expect(page.getByText('Fiche retirée du catalogue')).toBeVisible();
  await expect(page.getByRole('link', { name: GAZ })).toBeVisible();
  await page.getByRole('button', { name: 'Retirer « souffleur/euse de verre » des favoris' }).click();
  await expect(page.getByText('Fiche retirée du catalogue')).toHaveCount(0);
});

test('compare two formations side by side, differences pointed out', async ({ page, context }) => {
  await seedStorage(
    context,
    JSON.stringify({
      version: 1,
      items: [
        { kind: 'formation', id: 'FOR.11072', title: GAZ, savedAt: 1 },
        { kind: 'formation', id: 'bac-pro-microtechniques', title: MICRO, savedAt: 2 },
      ],
    }),
  );
  await page.goto('/favoris');
  await page.getByRole('checkbox', { name: `Comparer « ${GAZ} »` }).check();
  await expect(page.getByRole('button', { name: 'Comparer' })).toBeDisabled();
  await page.getByRole('checkbox', { name: `Comparer « ${MICRO} »` }).check();
  await page.getByRole('link', { name: 'Comparer' }).click();
  await expect(page).toHaveURL('/comparer?ids=FOR.11072,bac-pro-microtechniques');
  await expect(page.getByRole('heading', { level: 1, name: 'Comparer 2 formations' })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader', { name: GAZ })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Type = identique' })).toBeVisible();
  await expect(
    table.getByRole('rowheader', { name: "Centres d'intérêt des métiers ≠ différent" }),
  ).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Métiers associés ≠ différent' })).toBeVisible();
  await expectAccessible(page);

  // The comparison is a link: it opens the same in a fresh page, and on a phone.
  const other = await context.newPage();
  await other.setViewportSize({ width: 360, height: 740 });
  await other.goto('/comparer?ids=FOR.11072,bac-pro-microtechniques');
  // On a phone, one card per fiche with the same rows.
  const stacked = other.getByRole('list', { name: 'Fiches comparées' });
  await expect(stacked.getByRole('heading', { name: MICRO })).toBeVisible();
  await expect(stacked.getByText('Type = identique')).toHaveCount(2);
  await expect(other.getByRole('table')).toBeHidden();
  expect(await other.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(other);
});

test('a comparison of fiches of different kinds, or of unknown ids, explains itself', async ({ page }) => {
  await page.goto('/comparer?ids=MET.895,FOR.11072');
  await expect(page.getByText('On ne peut comparer que des fiches du même type')).toBeVisible();
  await page.goto('/comparer?ids=FOR.11072,FOR.1');
  await expect(
    page.getByText(
      'Certaines de ces fiches ne sont pas (ou plus) dans le catalogue : elles en ont peut-être été retirées.',
    ),
  ).toBeVisible();
});

test('a note survives a reload; the shared link carries the notes to another device, which merges without overwriting', async ({
  browser,
  baseURL,
}) => {
  // Two browsers and two axe runs: 25 s alone on this machine, past 30 s beside another test.
  test.slow();
  const sender = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
  await sender.addInitScript(() => {
    // Desktop Chromium has no share sheet here: the clipboard is the way.
    Object.defineProperty(navigator, 'share', { value: undefined });
  });
  await seedStorage(
    sender,
    JSON.stringify({
      version: 1,
      items: [
        { kind: 'metier', id: 'MET.895', title: METIER, savedAt: 1 },
        { kind: 'formation', id: 'FOR.11072', title: GAZ, savedAt: 2 },
      ],
    }),
  );
  const page = await sender.newPage();
  await page.goto('/favoris');
  const note = page.getByRole('textbox', { name: `Note sur « ${METIER} »` });
  await note.fill('Demander au CIO : stage en 3e ?\nÉcole à Lyon');
  await page.reload();
  await expect(note).toHaveValue('Demander au CIO : stage en 3e ?\nÉcole à Lyon');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Partager ma liste' }).click();
  await expect(page.getByText('Lien copié')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`^${baseURL}/favoris\\?liste=[A-Za-z0-9+$-]+$`));

  const receiver = await browser.newContext({ baseURL });
  await seedStorage(
    receiver,
    JSON.stringify({
      version: 1,
      items: [
        { kind: 'formation', id: 'bac-pro-microtechniques', title: MICRO, savedAt: 5 },
        { kind: 'formation', id: 'FOR.11072', title: GAZ, savedAt: 6, note: 'la mienne' },
      ],
    }),
  );
  const other = await receiver.newPage();
  await other.goto(link);
  const shared = other.getByRole('region', { name: 'Liste partagée avec toi (2 fiches)' });
  await expect(shared.getByRole('link', { name: METIER })).toBeVisible();
  await expect(shared.getByText('Demander au CIO : stage en 3e ?')).toBeVisible();
  await expectAccessible(other);
  await shared.getByRole('button', { name: 'Ajouter cette fiche à mes favoris' }).click();
  await expect(shared.getByText('1 fiche ajoutée à tes favoris.')).toBeVisible();
  const stored = await other.evaluate(
    (key) =>
      JSON.parse(localStorage.getItem(key)!).items.map((f: { id: string; note?: string }) => [f.id, f.note]),
    KEY,
  );
  // The receiver's own note is kept; the sender's comes with the fiche that was added.
  expect(stored).toEqual([
    ['bac-pro-microtechniques', undefined],
    ['FOR.11072', 'la mienne'],
    ['MET.895', 'Demander au CIO : stage en 3e ?\nÉcole à Lyon'],
  ]);
  await expect(other.getByRole('textbox', { name: `Note sur « ${METIER} »` })).toHaveValue(
    'Demander au CIO : stage en 3e ?\nÉcole à Lyon',
  );

  // A link of the older form, sent before notes existed, still opens.
  await other.goto('/favoris?ids=MET.895,bac-pro-microtechniques');
  await expect(other.getByRole('region', { name: 'Liste partagée avec toi (2 fiches)' })).toBeVisible();
  await sender.close();
  await receiver.close();
});

test('the empty favourites page says what to do and passes axe', async ({ page }) => {
  await page.goto('/favoris');
  await expect(page.getByRole('heading', { level: 1, name: 'Mes favoris' })).toBeVisible();
  await expect(page).toHaveTitle('Mes favoris · Explorateur des métiers');
  await expectAccessible(page);
});
