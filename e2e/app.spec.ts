// The built app loads the compiled bundle of the seeds and shows its records.
import { expect, test } from './support';

test('the lists show the records of the bundle', async ({ page }) => {
  await page.goto('/metiers');
  await expect(page.getByRole('heading', { level: 1, name: 'Métiers' })).toBeVisible();
  await expect(page.getByText('1 métier', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: "technicien/ne d'intervention clientèle gaz" })).toBeVisible();

  await page.goto('/formations');
  await expect(page.getByText('2 formations', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'bac pro microtechniques' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'bac pro technicien en transport et distribution des gaz' }),
  ).toBeVisible();
});

test('a fiche shows the full text fetched from its chunk', async ({ page }) => {
  await page.goto('/metiers/MET.895');
  await expect(
    page.getByRole('heading', { level: 1, name: "technicien/ne d'intervention clientèle gaz" }),
  ).toBeVisible();
  await expect(
    page.getByText('A partir de 1801 euros brut par mois', { exact: false }).first(),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Un salarié de GRDF' })).toBeVisible();
  await expect(page).toHaveTitle("technicien/ne d'intervention clientèle gaz · Explorateur des métiers");
});

test('the page is in French and preloads the content-hashed index', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const preload = await page.locator('link[rel="preload"][as="fetch"]').getAttribute('href');
  expect(preload).toMatch(/^\/catalog\/index\.[0-9a-f]{12}\.json$/);
});

test('a métier fiche: its names, the essentials, interests as links, and the way there', async ({ page }) => {
  await page.goto('/metiers/MET.895');
  const main = page.getByRole('main');
  await expect(main.getByText("Au féminin : technicienne d'intervention clientèle gaz")).toBeVisible();
  await expect(main.getByText("Autres appellations : technicien/ne d'intervention clientèle")).toBeVisible();
  const essentials = main.getByRole('region', { name: "L'essentiel" });
  await expect(essentials.getByRole('definition').filter({ hasText: 'bac ou équivalent' })).toBeVisible();
  await expect(essentials.getByRole('definition').filter({ hasText: /^3 ans$/ })).toBeVisible();
  await expect(essentials.getByRole('definition').filter({ hasText: 'salarié' })).toBeVisible();
  await expect(essentials.getByRole('link', { name: "J'aime bouger" })).toHaveAttribute(
    'href',
    '/metiers?interets=j-aime-bouger',
  );
  // The route from 3e, on an axis of years: the first step said plainly, each later one with what
  // it follows, the catalogue's formation as a link with its duration.
  const path = main.getByRole('region', { name: 'Comment y arriver' });
  await expect(path.getByText('Après la 3e : bac professionnel (3 ans).')).toBeVisible();
  await expect(path.getByRole('heading', { level: 3 })).toHaveText([
    '3 ans après la 3e',
    '6 ans après la 3e',
  ]);
  await expect(path.getByText('BUT — 3 ans après : bac professionnel')).toBeVisible();
  await expect(path.getByRole('link', { name: 'Les métiers accessibles au niveau Bac' })).toHaveAttribute(
    'href',
    '/metiers?niveau=4',
  );
  // The sections in a short table of contents, « En bref » first.
  const contents = main.getByRole('navigation', { name: 'Sommaire de la fiche' }).getByRole('link');
  await expect(contents.first()).toHaveText('En bref');
  await expect(contents.nth(1)).toHaveText('Comment y arriver');
  await expect(contents.last()).toHaveText('Métiers proches');
  await expect(main.getByRole('heading', { level: 2 }).nth(1)).toHaveText('En bref');
  await expect(main.getByRole('region', { name: 'Métiers proches' })).toContainText(
    'Aucun métier de ce catalogue ne ressemble assez à celui-ci.',
  );
  const step = path
    .getByRole('listitem')
    .filter({
      has: page.getByRole('link', { name: 'bac pro technicien en transport et distribution des gaz' }),
    })
    .last();
  await expect(step).toContainText('— 3 ans');
  // Formations not in the catalogue are named, as plain text.
  const recommended = main.getByRole('region', { name: 'Formations recommandées' });
  await expect(
    recommended.getByText('bac pro maintenance et efficacité énergétique (pas de fiche dans ce catalogue)'),
  ).toBeVisible();
  await recommended
    .getByRole('link', { name: 'bac pro technicien en transport et distribution des gaz' })
    .click();
  await expect(page).toHaveURL('/formations/FOR.11072');
});

test('a formation fiche: type, level, duration, code scolarité and the métiers it leads to', async ({
  page,
}) => {
  await page.goto('/formations/FOR.11072');
  const essentials = page.getByRole('region', { name: "L'essentiel" });
  for (const [term, value] of [
    ['Type', 'baccalauréat professionnel'],
    ['Niveau du diplôme', 'Bac (niveau 4)'],
    ['Durée', '3 ans'],
  ]) {
    await expect(essentials.getByRole('term').filter({ hasText: term }).first()).toBeVisible();
    await expect(essentials.getByRole('definition').filter({ hasText: value }).first()).toBeVisible();
  }
  // Codes are for counsellors and forms: at the end of the fiche, not on its first screen.
  await expect(essentials.getByRole('term').filter({ hasText: 'Code scolarité' })).toHaveCount(0);
  const codes = page.getByRole('region', { name: 'Codes' });
  await expect(codes.getByRole('term').filter({ hasText: 'Code scolarité' })).toBeVisible();
  await expect(codes.getByRole('definition').filter({ hasText: '40022709' })).toBeVisible();
  // « Et après ? » says what its list is, even when the catalogue holds nothing to put in it.
  await expect(page.getByRole('region', { name: 'Et après ?' })).toContainText('mènent aux mêmes métiers');
  const metiers = page.getByRole('region', { name: 'Métiers associés' });
  await expect(
    metiers.getByRole('link', { name: "technicien/ne d'intervention clientèle gaz" }),
  ).toBeVisible();
});

test('printing a fiche leaves out the controls and keeps the text', async ({ page }) => {
  await page.goto('/metiers/MET.895');
  await expect(page.getByRole('button', { name: 'Imprimer la fiche' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Imprimer la fiche' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Ajouter aux favoris' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Présentation' })).toBeVisible();
});

test('every page credits the data in the ODbL’s form, with the export’s date and the licence linked, even before the app runs', async ({
  page,
  request,
}) => {
  const CREDIT =
    'Données : « Idéo-Fiches métiers et Idéo-Fiches formations, Onisep, export du 21/10/2025, sous licence ODbL ».';
  for (const path of ['/', '/metiers/MET.895', '/favoris']) {
    await page.goto(path);
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText(CREDIT);
    await expect(footer).toContainText(
      'le catalogue compilé par cette application est proposé sous la même licence',
    );
    await expect(footer.getByRole('link', { name: 'licence ODbL' })).toHaveAttribute(
      'href',
      'https://opendatacommons.org/licenses/odbl/1-0/',
    );
    await expect(footer).not.toContainText('données ouvertes');
  }
  // The pages drawn at build time carry it too: a reader without JavaScript sees it.
  const html = await (await request.get('/')).text();
  const text = html.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, '');
  expect(text).toContain(
    'Idéo-Fiches métiers et Idéo-Fiches formations, Onisep, export du 21/10/2025, sous licence ODbL',
  );
});
