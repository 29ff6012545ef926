// Comparing four métiers of the real corpus.
import { expect, expectAccessible, test } from './support';

test('compare four métiers side by side', async ({ page }) => {
  await page.goto('/metiers?tri=alpha');
  const stars = page.getByRole('button', { name: /^Ajouter « .* » aux favoris$/ });
  for (let i = 0; i < 4; i++) await stars.first().click();
  await page.goto('/favoris');
  await expect(page.getByRole('heading', { level: 2, name: 'Métiers (4)' })).toBeVisible();
  for (const box of await page.getByRole('checkbox', { name: /^Comparer/ }).all()) await box.check();
  await page.getByRole('link', { name: 'Comparer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Comparer 4 métiers' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(4);
  for (const row of [
    "Niveau d'accès",
    "Durée d'études après la 3e",
    'Salaire du débutant',
    'Statuts',
    "Centres d'intérêt",
    'Formations recommandées',
  ]) {
    await expect(page.getByRole('rowheader', { name: new RegExp(`^${row}`) })).toBeVisible();
  }
  await expectAccessible(page);
  // A fifth one is refused: at most four.
  await page.goto(`${page.url()},MET.411`);
  await expect(page.getByRole('table').getByRole('columnheader')).toHaveCount(4);
});
