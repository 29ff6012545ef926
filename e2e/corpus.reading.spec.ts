// Every page on a 360 px phone, with the browser's text at 100 % and at 200 %, on the real fiches
// of ../shared/corpus: no sideways scroll, no word of a heading, button, link or label broken
// between two letters, search boxes whose placeholder fits; and the keyboard on a phone.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Fiche, Manifest } from '../src/public-api';
import { cutPlaceholders, largeText, sidewaysOverflow, wordsBrokenInTheMiddle } from './reading';
import { expect, expectAccessible, test } from './support';

const CATALOG = resolve(import.meta.dirname, '..', 'generated', 'catalog-corpus');

function records(): Fiche[] {
  const manifest = JSON.parse(readFileSync(join(CATALOG, 'manifest.json'), 'utf8')) as Manifest;
  return manifest.chunks.flatMap(
    (name) => (JSON.parse(readFileSync(join(CATALOG, name), 'utf8')) as { records: Fiche[] }).records,
  );
}

/** The fiches of a kind with the longest titles: the hardest to lay out on a phone. */
function longestTitles(kind: Fiche['kind'], count: number): Fiche[] {
  return records()
    .filter((f) => f.kind === kind)
    .sort((a, b) => b.title.length - a.title.length || a.id.localeCompare(b.id))
    .slice(0, count);
}

const PHONE = { width: 360, height: 740 };
test.use({ viewport: PHONE });

const [longMetier, otherMetier] = longestTitles('metier', 2);
const [longFormation] = longestTitles('formation', 1);
// The métier whose title has the longest word (« anesthésiste-réanimateur/trice »…).
const longestWord = records()
  .filter((f) => f.kind === 'metier')
  .map((f) => ({ f, word: Math.max(...f.title.split(/\s+/).map((w) => w.length)) }))
  .sort((a, b) => b.word - a.word)[0]!.f;

const PAGES = [
  '/',
  '/?interets=j-aime-la-nature',
  '/metiers',
  '/metiers?q=technicien&tri=alpha',
  '/formations',
  '/recherche?q=cheval',
  `/metiers/${longMetier!.id}`,
  `/metiers/${longestWord.id}`,
  `/formations/${longFormation!.id}`,
  `/favoris?ids=${longMetier!.id},${longFormation!.id}`,
  `/comparer?ids=${longMetier!.id},${otherMetier!.id}`,
  '/metiers/inconnu',
  '/nulle-part',
];

for (const size of ['100 %', '200 %'] as const) {
  for (const url of PAGES) {
    test(`${url} at 360 px, text at ${size}`, async ({ page }) => {
      if (size === '200 %') await largeText(page);
      await page.goto(url);
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Chargement' })).toHaveCount(0);
      expect(await sidewaysOverflow(page), 'pixels of sideways scroll').toBe(0);
      expect(await wordsBrokenInTheMiddle(page)).toEqual([]);
      // With text at 200 %, a long placeholder ends in « … » (the field's label says the rest).
      if (size === '100 %') expect(await cutPlaceholders(page)).toEqual([]);
    });
  }
}

test('the home page’s interests, by theme, fit in three screens of a phone and can be narrowed', async ({
  page,
}) => {
  await page.goto('/');
  const themes = page.locator('main fieldset');
  await expect(themes.first()).toBeVisible();
  const legends = await themes.locator('legend').allInnerTexts();
  expect(legends.length).toBeGreaterThanOrEqual(5);
  expect(legends).toContain('Nature, animaux, plein air');
  const nature = page.getByRole('group', { name: 'Nature, animaux, plein air' });
  await expect(nature.getByRole('checkbox', { name: /J'aimerais travailler dehors/ })).toBeVisible();
  await expect(nature.getByRole('checkbox', { name: /m'occuper d'animaux/ })).toBeVisible();
  const height = await page.evaluate(() => {
    const all = [...document.querySelectorAll('main fieldset')].map((f) => f.getBoundingClientRect());
    return Math.max(...all.map((r) => r.bottom)) - Math.min(...all.map((r) => r.top));
  });
  expect(height).toBeLessThanOrEqual(3 * PHONE.height);
  await expect(page.getByText("ceux qui ont le plus de tes centres d'intérêt d'abord")).toBeVisible();

  const filter = page.getByRole('searchbox', { name: "Filtrer les centres d'intérêt" });
  await filter.fill('anim');
  await expect(page.getByRole('checkbox')).toHaveCount(1);
  await page.getByRole('checkbox', { name: /m'occuper d'animaux/ }).check();
  await filter.fill('sport');
  // The chosen interest stays in sight, to be unticked.
  await expect(page.getByRole('checkbox', { name: /m'occuper d'animaux/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Le sport est ma passion/ })).toBeVisible();
  await filter.fill('zzz');
  await expect(page.getByText("Aucun centre d'intérêt ne contient « zzz »")).toBeVisible();
  await expect(page).toHaveURL('/?interets=je-veux-m-occuper-d-animaux');
});

test('Tab through the interests of the home page: the focus is never under the bar at the bottom', async ({
  page,
}) => {
  await page.goto('/?interets=j-aime-la-nature');
  const bar = page.getByRole('link', { name: /^Voir les \d+ métiers qui correspondent$/ });
  await expect(bar).toBeVisible();
  const boxes = page.getByRole('checkbox');
  const count = await boxes.count();
  await page.getByRole('searchbox', { name: "Filtrer les centres d'intérêt" }).focus();
  const hidden: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const overlap = await page.evaluate(() => {
      const focused = document.activeElement!.closest('label') ?? document.activeElement!;
      const bar = document.querySelector('main a[href^="/metiers"]')!.parentElement!;
      return focused.getBoundingClientRect().bottom - bar.getBoundingClientRect().top;
    });
    if (overlap > 0)
      hidden.push(
        `${await page.evaluate(() => document.activeElement!.closest('label')?.textContent)}: ${overlap}`,
      );
  }
  expect(hidden).toEqual([]);
});

test('on a phone, list pages show one search box; other pages keep the header’s', async ({ page }) => {
  await page.goto('/metiers');
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await expect(page.getByRole('searchbox', { name: 'Rechercher un métier', exact: true })).toBeVisible();
  await expect(page.getByRole('search', { name: 'Toutes les fiches' })).toBeHidden();
  await page.goto(`/metiers/${longMetier!.id}`);
  await expect(page.getByRole('search', { name: 'Toutes les fiches' })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/metiers');
  await expect(page.getByRole('search', { name: 'Toutes les fiches' })).toBeVisible();
});

test('Back from a fiche opened far down a list puts the focus on its card, in view', async ({ page }) => {
  await page.goto('/metiers?tri=alpha');
  const links = page.getByRole('list', { name: 'Résultats' }).getByRole('link');
  await expect(links.nth(11)).toBeVisible();
  const link = links.nth(11);
  const title = await link.innerText();
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
  await page.goBack();
  await expect(
    page.getByRole('list', { name: 'Résultats' }).getByRole('link', { name: title, exact: true }),
  ).toBeFocused();
  await expect(
    page.getByRole('list', { name: 'Résultats' }).getByRole('link', { name: title, exact: true }),
  ).toBeInViewport();
});

test('« Voir les N autres » counts the values it will show', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/metiers');
  const group = page.getByRole('group', { name: "Centres d'intérêt" });
  const shown = await group.getByRole('checkbox').count();
  await group.getByRole('button', { name: /^Voir les \d+ autres$/ }).click();
  const all = await group.getByRole('checkbox').count();
  // Tick one of the hidden values, fold the list: it stays in sight, and is not counted again.
  await group
    .getByRole('checkbox')
    .nth(all - 1)
    .check();
  await group.getByRole('button', { name: 'Voir moins' }).click();
  await expect(group.getByRole('checkbox')).toHaveCount(shown + 1);
  await expect(group.getByRole('button', { name: `Voir les ${all - shown - 1} autres` })).toBeVisible();
});

test('an address of no meaning suggests no fiche; a misspelt title suggests it', async ({ page }) => {
  for (const url of ['/nulle-part', '/mentions-legales', '/a-propos', '/contact']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Tu cherchais peut-être :' }), url).toHaveCount(0);
  }
  const words = longMetier!.title.split(/\s+/).filter((w) => w.length >= 6);
  const misspelt = words.map((w) => w.slice(0, -2) + w.at(-1)).join('-');
  await page.goto(`/metiers/${encodeURIComponent(misspelt)}`);
  await expect(
    page
      .getByRole('region', { name: 'Tu cherchais peut-être :' })
      .getByRole('link', { name: longMetier!.title }),
  ).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  for (const url of [
    '/?interets=j-aime-la-nature',
    '/metiers?interets=j-aime-la-nature',
    `/metiers/${longMetier!.id}`,
  ]) {
    test(`axe on a phone: ${url} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await expect(page.locator('main h1')).toBeVisible();
      await expectAccessible(page);
    });
  }
}
