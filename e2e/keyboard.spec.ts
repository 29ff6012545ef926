// Keyboard only, on the seeds: a few Tab presses to the results, focus back where it was.
import { expect, test } from './support';

const METIER = "technicien/ne d'intervention clientèle gaz";
const GAZ = 'bac pro technicien en transport et distribution des gaz';

test('from the top of a list, the first result is three Tab presses away', async ({ page }) => {
  await page.goto('/formations');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller aux résultats' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('list', { name: 'Résultats' }).getByRole('link').first()).toBeFocused();
  // The address is the list's, without a fragment.
  await expect(page).toHaveURL('/formations');
});

test('the search page has the skip link too, the fiche pages do not', async ({ page }) => {
  await page.goto('/recherche?q=gaz');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: METIER })).toBeFocused();

  await page.goto('/metiers/MET.895');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Aller aux résultats' })).toHaveCount(0);
});

test('the keyboard path: home → interest → list → fiche → Back lands on the card just opened', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const interest = page.getByRole('checkbox', { name: /J'aime bouger/ });
  for (let i = 0; i < 20 && !(await interest.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  const cta = page.getByRole('link', { name: 'Voir le métier qui correspond' });
  for (let i = 0; i < 20 && !(await cta.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/metiers?interets=j-aime-bouger');
  await expect(page.getByRole('heading', { level: 1, name: 'Métiers' })).toBeFocused();

  const card = page.getByRole('link', { name: METIER });
  for (let i = 0; i < 30 && !(await card.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/metiers/MET.895');
  await expect(page.getByRole('heading', { level: 1, name: METIER })).toBeFocused();

  // On to a formation, back to the métier: the focus is on the link just followed.
  const formation = page.getByRole('region', { name: 'Comment y arriver' }).getByRole('link', { name: GAZ });
  await formation.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: GAZ })).toBeFocused();
  // The browser's Back (Alt+← is the browser's own shortcut, not the page's).
  await page.goBack();
  await expect(page).toHaveURL('/metiers/MET.895');
  await expect(formation).toBeFocused();

  await page.goBack();
  await expect(page).toHaveURL('/metiers?interets=j-aime-bouger');
  await expect(card).toBeFocused();
  // Forward: the page ahead was not left from here, its heading takes the focus.
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: METIER })).toBeFocused();
});

test('a formation’s id under /metiers leads to the formation', async ({ page }) => {
  await page.goto('/metiers/FOR.11072');
  await expect(page).toHaveURL('/formations/FOR.11072');
  await expect(page.getByRole('heading', { level: 1, name: GAZ })).toBeVisible();
  await page.goto('/formations/MET.895');
  await expect(page).toHaveURL('/metiers/MET.895');
  await expect(page.getByRole('heading', { level: 1, name: METIER })).toBeVisible();
});
