// Lists that help to choose, on the real fiches of ../shared/corpus: the starting salary as a
// filter and a chart, « Pas pour moi », and comparing from the list on a phone and a desktop.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Fiche, Manifest } from '../src/public-api';
import { expect, expectAccessible, test } from './support';

const CATALOG = resolve(import.meta.dirname, '..', 'generated', 'catalog-corpus');
const manifest = JSON.parse(readFileSync(join(CATALOG, 'manifest.json'), 'utf8')) as Manifest;
const METIERS = manifest.chunks
  .flatMap((name) => (JSON.parse(readFileSync(join(CATALOG, name), 'utf8')) as { records: Fiche[] }).records)
  .flatMap((f) => (f.kind === 'metier' ? [f] : []));

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };
const HIDDEN_KEY = 'explorateur-metiers:masques';

const cards = (page: Page) => page.getByRole('list', { name: 'Résultats' }).getByRole('article');
const firstTitle = (page: Page) => cards(page).first().getByRole('heading').innerText();
/** The amounts the cards state (« Dès 3 416 € brut/mois »). */
async function cardSalaries(page: Page): Promise<number[]> {
  const texts = await cards(page)
    .getByText(/^Dès [\d\s\u202f]+ € brut\/mois$/)
    .allInnerTexts();
  return texts.map((t) => Number(t.replace(/[^\d]/g, '')));
}

test.describe('the starting salary', () => {
  test.use({ viewport: DESKTOP });

  test('filters by band, with counts, a chart and its text equivalent', async ({ page }) => {
    await page.goto('/metiers');
    const option = page.getByRole('group', { name: 'Salaire de début' }).getByRole('checkbox', {
      name: /^3\s000 € et plus/,
    });
    const label = page
      .getByRole('group', { name: 'Salaire de début' })
      .locator('label')
      .filter({ hasText: /et plus/ });
    const expected = Number(await label.locator('span').last().innerText());
    expect(expected).toBeGreaterThan(5);
    await option.check();
    await expect(page).toHaveURL(/salaire=3000-plus/);
    await expect(page.getByRole('status').first()).toHaveText(new RegExp(`^${expected} métiers`));
    const salaries = await cardSalaries(page);
    expect(salaries.length).toBeGreaterThan(0);
    expect(salaries.every((s) => s >= 3000)).toBe(true);
    // The chart is named, and says the same in words.
    await expect(page.getByRole('img', { name: /salaires de début/i })).toBeVisible();
    await expect(page.locator('figcaption:visible')).toHaveText(
      new RegExp(`de ${expected} métiers : médiane [\\d\\s\\u202f]+ €, de 3[\\d\\s\\u202f]+ € à`),
    );
    await expectAccessible(page);
  });

  test('sorting by salary with a query puts title matches first and says how many state none', async ({
    page,
  }) => {
    await page.goto('/metiers?q=ing%C3%A9nieur&tri=salaire');
    await expect(page.getByRole('status').first()).toContainText(
      /dont \d+ sans salaire indiqué, en fin de liste/,
    );
    const titles = await cards(page).getByRole('heading').allInnerTexts();
    // Title matches: the word is in the title or in an appellation of the fiche.
    for (const t of titles.slice(0, 5)) {
      const fiche = METIERS.find((f) => f.title === t)!;
      expect([fiche.title, ...fiche.otherNames.map((n) => n.title)].join(' '), t).toMatch(/ingénieur/i);
    }
    const salaries = await cardSalaries(page);
    expect(salaries.slice(0, 5)).toEqual([...salaries.slice(0, 5)].sort((a, b) => b - a));
  });
});

test.describe('why a card is there', () => {
  test.use({ viewport: DESKTOP });

  test('a filter the card does not show (the status) is said on each card, with the chosen values it meets', async ({
    page,
  }) => {
    await page.goto('/metiers?statut=independant,liberal');
    await expect(cards(page).first()).toBeVisible();
    const n = Math.min(await cards(page).count(), 8);
    for (let i = 0; i < n; i++) {
      const card = cards(page).nth(i);
      const title = await card.getByRole('heading').innerText();
      const fiche = METIERS.find((f) => f.title === title)!;
      const met = ['indépendant', 'libéral'].filter((s) => fiche.statuses.includes(s));
      await expect(card.getByText(/Statut : /), fiche.title).toHaveText(
        new RegExp(`Statut : ${met.join(', ')}$`),
      );
    }
    // Without that filter, no card says it.
    await page.goto('/metiers?niveau=5');
    await expect(cards(page).first()).toBeVisible();
    await expect(page.getByText(/Statut : /)).toHaveCount(0);
  });
});

test.describe('« Pas pour moi »', () => {
  test.use({ viewport: DESKTOP });

  test('hides a fiche from lists and search, undoably, across a reload, and keeps its address', async ({
    page,
  }) => {
    await page.goto('/metiers?interets=j-aime-la-nature');
    const title = await firstTitle(page);
    await cards(page)
      .first()
      .getByRole('button', { name: `Pas pour moi : ${title}` })
      .click();
    await expect(cards(page).getByRole('heading', { name: title, exact: true })).toHaveCount(0);
    // Focus goes on to the card that took its place.
    await expect(page.locator(':focus')).toHaveText(await firstTitle(page));
    // Undo at once.
    await page.getByRole('button', { name: 'Annuler' }).click();
    await expect(cards(page).getByRole('heading', { name: title, exact: true })).toHaveCount(1);

    await cards(page)
      .first()
      .getByRole('button', { name: `Pas pour moi : ${title}` })
      .click();
    await page.reload();
    await expect(cards(page).first()).toBeVisible();
    await expect(cards(page).getByRole('heading', { name: title, exact: true })).toHaveCount(0);
    await expect(page.getByText('1 fiche masquée (« Pas pour moi ») : les voir')).toBeVisible();
    // Nor in the search of all fiches.
    await page.goto(`/recherche?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
    await expect(page.getByRole('article').getByRole('heading', { name: title, exact: true })).toHaveCount(0);
    // Still reachable by its address, which says so and puts it back.
    await page.getByText(/fiche masquée/).click();
    await page.getByRole('list', { name: 'Fiches masquées' }).getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await page.getByRole('button', { name: 'La remettre dans les listes' }).click();
    await page.goto('/metiers?interets=j-aime-la-nature');
    await expect(cards(page).getByRole('heading', { name: title, exact: true })).toHaveCount(1);
  });

  test('damaged storage loses nothing readable, and a copy of it is kept', async ({ page }) => {
    await page.goto('/metiers');
    const title = await firstTitle(page);
    const id = (await cards(page).first().getByRole('link').first().getAttribute('href'))!.split('/').pop()!;
    const damaged = JSON.stringify({
      version: 9,
      items: [{ kind: 'metier', id, title }, { kind: 'planete', id: '<b>' }, 42],
    });
    await page.evaluate(([key, raw]) => localStorage.setItem(key!, raw!), [HIDDEN_KEY, damaged]);
    await page.reload();
    await expect(cards(page).first()).toBeVisible();
    await expect(cards(page).getByRole('heading', { name: title, exact: true })).toHaveCount(0);
    expect(await page.evaluate((key) => localStorage.getItem(`${key}:illisible`), HIDDEN_KEY)).toBe(damaged);
    // Unreadable storage: nothing hidden, the app works.
    await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"items":['), HIDDEN_KEY);
    await page.reload();
    await expect(cards(page).getByRole('heading', { name: title, exact: true })).toHaveCount(1);
  });
});

for (const [name, viewport] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const) {
  test(`compare from the list on a ${name} (${viewport.width} px)`, async ({ page }) => {
    // Four axe runs, two of them on a list of cards: 15 s alone, past 30 s beside another test.
    test.slow();
    await page.setViewportSize(viewport);
    await page.goto('/metiers?salaire=3000-plus');
    const boxes = cards(page).getByRole('checkbox', { name: /^Comparer : / });
    const titles = await cards(page).getByRole('heading').allInnerTexts();
    await boxes.nth(0).check();
    await expect(page.getByText('1 métier à comparer')).toBeVisible();
    for (const i of [1, 2, 3]) await boxes.nth(i).check();
    // Four at most.
    await expect(boxes.nth(4)).toBeDisabled();
    await boxes.nth(3).uncheck();
    await page.getByRole('link', { name: 'Comparer', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comparer 3 métiers');
    const shown =
      name === 'phone' ? page.getByRole('list', { name: 'Fiches comparées' }) : page.getByRole('table');
    await expect(shown).toBeVisible();
    for (const t of titles.slice(0, 3))
      await expect(shown.getByRole('link', { name: t, exact: true })).toBeVisible();
    await expect(shown.getByText(/^Dès [\d\s\u202f]+ € brut\/mois$/)).toHaveCount(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      viewport.width,
    );
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectAccessible(page);
    }
    // The list keeps the choice for this visit.
    await page.goBack();
    await expect(boxes.nth(0)).toBeChecked();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectAccessible(page);
    }
  });
}
