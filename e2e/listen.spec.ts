// « Écouter la fiche »: the fiche read aloud section by section, with a speechSynthesis that says
// nothing (fake-speech.ts): the button, the mark on the section being read, the controls, the
// whole text in order, and no button where the device has no French voice.
import type { Page } from '@playwright/test';
import { endUtterance, fakeSpeech, spoken } from './fake-speech';
import { largeText, sidewaysOverflow, wordsBrokenInTheMiddle } from './reading';
import { expect, expectAccessible, test } from './support';

const TITLE = "technicien/ne d'intervention clientèle gaz";
// In the page's order: « En bref » first.
const SECTIONS = [
  'En bref',
  'Présentation',
  'Nature du travail',
  'Compétences requises',
  'Conditions de travail',
  'Salaire',
  'Accès au métier',
];

const listen = (page: Page) => page.getByRole('button', { name: 'Écouter la fiche' });
const controls = (page: Page) => page.getByRole('group', { name: 'Lecture à voix haute' });
const status = (page: Page) => page.getByRole('status').filter({ hasText: /Lecture|lecture/ });
/** The label on the section being read (the live region's text is longer). */
const mark = (page: Page) => page.getByText('Lecture en cours', { exact: true });

async function openFiche(page: Page, langs = ['en-US', 'fr-FR']) {
  await fakeSpeech(page, langs);
  await page.goto('/metiers/MET.895');
  // The drawn page is inert until the app adopts it.
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
}

test('the button is reached by the keyboard; reading marks the first section and names it', async ({
  page,
}) => {
  await openFiche(page);
  await page.getByRole('button', { name: 'Imprimer la fiche' }).focus();
  await page.keyboard.press('Tab');
  await expect(listen(page)).toBeFocused();
  await page.keyboard.press('Enter');

  // The focus goes to the controls that took the button's place.
  await expect(controls(page).getByRole('button', { name: 'Pause' })).toBeFocused();
  await expect(status(page)).toHaveText('Lecture en cours : En bref (section 1 sur 7)');
  const first = page.getByRole('region', { name: 'En bref' });
  await expect(first).toContainText('Lecture en cours');
  await expect(mark(page)).toHaveCount(1);
  // Marked by its shape too, not by its colour alone.
  expect(
    await first.evaluate((e) => [getComputedStyle(e).outlineStyle, getComputedStyle(e).outlineWidth]),
  ).toEqual(['solid', '3px']);
  // The fiche's title, then the section's, in the French voice; the slash of « technicien/ne »
  // is not read.
  await endUtterance(page);
  expect((await spoken(page)).slice(0, 2)).toEqual([
    { text: "technicien d'intervention clientèle gaz", lang: 'fr-FR', voice: 'Voix fr-FR' },
    { text: 'En bref', lang: 'fr-FR', voice: 'Voix fr-FR' },
  ]);
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page);
});

test('pause, resume, next section and stop', async ({ page }) => {
  await openFiche(page);
  await listen(page).click();
  await endUtterance(page);
  await endUtterance(page);
  expect((await spoken(page)).map((s) => s.text)).toHaveLength(3);

  await controls(page).getByRole('button', { name: 'Pause' }).click();
  await expect(status(page)).toHaveText('Lecture en pause : En bref (section 1 sur 7)');
  await expect(mark(page)).toHaveCount(1);
  expect(await page.evaluate(() => window.fakeSpeech.speaking)).toBe(false);

  // Resuming says the interrupted sentence again, from its start.
  await controls(page).getByRole('button', { name: 'Reprendre' }).click();
  await expect(controls(page).getByRole('button', { name: 'Pause' })).toBeVisible();
  const texts = (await spoken(page)).map((s) => s.text);
  expect(texts).toHaveLength(4);
  expect(texts[3]).toBe(texts[2]);

  await controls(page).getByRole('button', { name: 'Section suivante' }).click();
  await expect(status(page)).toHaveText('Lecture en cours : Présentation (section 2 sur 7)');
  await expect(page.getByRole('region', { name: 'Présentation' })).toContainText('Lecture en cours');
  await expect(page.getByRole('region', { name: 'En bref' })).not.toContainText('Lecture en cours');
  expect((await spoken(page)).at(-1)!.text).toBe('Présentation');

  await controls(page).getByRole('button', { name: 'Arrêter' }).click();
  await expect(mark(page)).toHaveCount(0);
  await expect(controls(page)).toHaveCount(0);
  await expect(listen(page)).toBeFocused();
  await expect(status(page)).toHaveText('Lecture arrêtée.');
  expect(await page.evaluate(() => window.fakeSpeech.speaking)).toBe(false);
});

test('the whole fiche is read in order, section after section, to the end', async ({ page }) => {
  await openFiche(page);
  await listen(page).click();
  // (Every utterance is ended in turn, as the voice would; a bound keeps a fault from looping.)
  for (let i = 0; i < 200 && (await page.evaluate(() => window.fakeSpeech.speaking)); i++) {
    await endUtterance(page);
  }
  await expect(status(page)).toHaveText('Lecture terminée.');
  await expect(mark(page)).toHaveCount(0);
  await expect(listen(page)).toBeVisible();

  const texts = (await spoken(page)).map((s) => s.text);
  const positions = SECTIONS.map((title) => texts.indexOf(title));
  expect(positions.every((p) => p > 0)).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  for (const text of texts) expect(text.length).toBeLessThanOrEqual(200);
  const all = texts.join(' ');
  expect(all).toContain('Son activité repose sur 3 missions essentielles');
  expect(all).toContain('Un salarié de GRDF');
  expect(texts.at(-1)).toBe('Bac professionnel technicien en transports et distribution des gaz');
});

test('going to another page stops the reading', async ({ page }) => {
  await openFiche(page);
  await listen(page).click();
  await expect(mark(page)).toHaveCount(1);
  await page.getByRole('navigation', { name: "Fil d'Ariane" }).getByRole('link', { name: 'Métiers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Métiers' })).toBeVisible();
  expect(await page.evaluate(() => window.fakeSpeech.speaking)).toBe(false);
  expect(await page.evaluate(() => window.fakeSpeech.cancels)).toBeGreaterThan(1);
});

test('on a phone, the controls stay at the bottom of the screen while the page follows the reading', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openFiche(page);
  await listen(page).click();
  for (let i = 0; i < 4; i++) await controls(page).getByRole('button', { name: 'Section suivante' }).click();
  const read = page.getByRole('region', { name: 'Conditions de travail' });
  await expect(read).toContainText('Lecture en cours');
  await expect(read.getByRole('heading', { name: 'Conditions de travail' })).toBeInViewport();
  for (const name of ['Pause', 'Section suivante', 'Arrêter']) {
    await expect(controls(page).getByRole('button', { name })).toBeInViewport();
  }
  expect(await sidewaysOverflow(page), 'pixels of sideways scroll').toBe(0);
});

test('on a phone with text at 200 %, the controls fit, in the page (a stuck bar would hide it)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await largeText(page);
  await openFiche(page);
  await listen(page).click();
  await controls(page).getByRole('button', { name: 'Section suivante' }).click();
  await expect(page.getByRole('region', { name: 'Présentation' })).toContainText('Lecture en cours');
  // The label on one line, within the screen's width.
  const label = (await mark(page).boundingBox())!;
  expect(label.height).toBeLessThan(60);
  expect(label.x + label.width).toBeLessThanOrEqual(360);
  expect(await controls(page).evaluate((e) => getComputedStyle(e).position)).toBe('static');
  expect(await sidewaysOverflow(page), 'pixels of sideways scroll').toBe(0);
  expect(await wordsBrokenInTheMiddle(page)).toEqual([]);
  await controls(page).getByRole('button', { name: 'Arrêter' }).click();
  await expect(listen(page)).toBeFocused();
});

test('there is no button where the device has no French voice', async ({ page }) => {
  await openFiche(page, ['en-US', 'de-DE']);
  await expect.poll(() => page.evaluate(() => window.fakeSpeech.voicesLoaded)).toBe(true);
  await expect(page.getByRole('button', { name: 'Imprimer la fiche' })).toBeVisible();
  await expect(listen(page)).toHaveCount(0);
  await expect(status(page)).toHaveCount(0);
});
