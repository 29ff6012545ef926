// The explorer on the seeds: from the interests to a métier, on to a formation, every step a URL.
import { expect, expectAccessible, facetCount, test } from './support';

const METIER = "technicien/ne d'intervention clientèle gaz";
const GAZ = 'bac pro technicien en transport et distribution des gaz';
const MICRO = 'bac pro microtechniques';

test('a newcomer goes from « j’aime bouger » to a métier and on to a formation, each step bookmarkable', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: "Qu'est-ce qui te plaît ?" })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: "J'aime bouger 1 métier", exact: true })).toBeVisible();
  await page.getByRole('checkbox', { name: /J'aime bouger/ }).check();
  await expect(page).toHaveURL('/?interets=j-aime-bouger');
  await page.getByRole('link', { name: 'Voir le métier qui correspond' }).click();

  await expect(page).toHaveURL('/metiers?interets=j-aime-bouger');
  await expect(page.getByRole('checkbox', { name: /J'aime bouger/ })).toBeChecked();
  await page.getByRole('link', { name: METIER }).click();

  await expect(page).toHaveURL('/metiers/MET.895');
  await expect(page.getByRole('heading', { level: 1, name: METIER })).toBeVisible();
  await page.getByRole('region', { name: 'Comment y arriver' }).getByRole('link', { name: GAZ }).click();

  await expect(page).toHaveURL('/formations/FOR.11072');
  await expect(page.getByRole('heading', { level: 1, name: GAZ })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Métiers associés' }).getByRole('link', { name: METIER }),
  ).toBeVisible();

  // Each step, opened afresh from its URL, shows the same thing.
  for (const [url, heading] of [
    ['/metiers?interets=j-aime-bouger', 'Métiers'],
    ['/metiers/MET.895', METIER],
    ['/formations/FOR.11072', GAZ],
  ]) {
    await page.goto(url!);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
});

test('facet counts are those of the seeds, and filters combine OR inside a facet, AND across', async ({
  page,
}) => {
  await page.goto('/formations');
  await expect(page.getByText('2 formations', { exact: true })).toBeVisible();
  expect(await facetCount(page, 'Type de formation', 'baccalauréat professionnel')).toBe(2);
  expect(await facetCount(page, 'Niveau du diplôme', 'Bac (niveau 4)')).toBe(2);
  expect(await facetCount(page, 'Durée de la formation', '3 ans')).toBe(2);
  // Derived from the métiers the formation leads to: only the gas bac pro leads to MET.895.
  expect(await facetCount(page, "Centres d'intérêt", "J'aime bouger")).toBe(1);
  await expect(page.getByText('Ceux des métiers auxquels la formation mène.')).toBeVisible();

  await page.getByRole('checkbox', { name: /J'aime bouger/ }).check();
  await expect(page.getByText('1 formation', { exact: true })).toBeVisible();
  await expect(page).toHaveURL('/formations?interets=j-aime-bouger');
  // Other facets now count within the selection; the interests facet still counts without it.
  expect(await facetCount(page, 'Type de formation', 'baccalauréat professionnel')).toBe(1);
  expect(await facetCount(page, "Centres d'intérêt", "Réparer, bricoler, j'adore ça")).toBe(1);

  await page.getByRole('checkbox', { name: /Réparer, bricoler/ }).check();
  await expect(page.getByText('1 formation', { exact: true })).toBeVisible();
  await page.getByRole('checkbox', { name: /baccalauréat professionnel/ }).check();
  await expect(page).toHaveURL(
    '/formations?interets=j-aime-bouger,reparer-bricoler-j-adore-ca&type=baccalaureat-professionnel',
  );

  const chips = page.getByRole('group', { name: 'Filtres actifs' });
  await chips.getByRole('button', { name: /Retirer le filtre Centres d'intérêt : J'aime bouger/ }).click();
  await expect(page).toHaveURL(
    '/formations?interets=reparer-bricoler-j-adore-ca&type=baccalaureat-professionnel',
  );
  await chips.getByRole('button', { name: 'Tout effacer' }).click();
  await expect(page).toHaveURL('/formations');
  await expect(page.getByText('2 formations', { exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /baccalauréat professionnel/ })).not.toBeChecked();
});

test.describe('search', () => {
  const cases: [query: string, expected: string][] = [
    ['clientele', METIER], // accents folded
    ['TECHNICIENNE', METIER], // case and the feminine of an inclusive form
    ['technicien', METIER], // the masculine
    ['microtech', MICRO], // prefix while typing
    ['microtechniqes', MICRO], // one typo
    ["l'intervention", METIER], // elision
  ];
  for (const [query, expected] of cases) {
    test(`« ${query} » finds « ${expected} »`, async ({ page }) => {
      await page.goto('/');
      await page
        .getByRole('searchbox', { name: 'Rechercher un métier ou une formation' })
        .first()
        .fill(query);
      await expect(page).toHaveURL(`/recherche?q=${encodeURIComponent(query)}`);
      await expect(page.getByRole('link', { name: expected })).toBeVisible();
    });
  }

  test('the text of the fiches is searched too: « oeuvre » finds « mettre en œuvre »', async ({ page }) => {
    await page.goto('/formations');
    await page.getByRole('searchbox', { name: 'Rechercher une formation' }).fill('oeuvre');
    await expect(page.getByRole('link', { name: GAZ })).toBeVisible();
    await expect(page.getByText('1 formation', { exact: true })).toBeVisible();
  });

  test('the header search groups métiers and formations', async ({ page }) => {
    await page.goto('/metiers/MET.895');
    // The fiche arrives drawn and inert: a student types once the app has adopted it (typing
    // during the adoption navigates in the middle of React's hydration, seen in CI).
    await expect(page.locator('#root')).not.toHaveAttribute('inert');
    await page.getByRole('searchbox', { name: 'Rechercher un métier ou une formation' }).fill('gaz');
    await expect(page).toHaveURL('/recherche?q=gaz');
    await expect(page.getByRole('heading', { level: 2, name: 'Métiers (1)' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Formations (1)' })).toBeVisible();
    await expect(page).toHaveTitle('Recherche « gaz » · Explorateur des métiers');
  });

  test('a misspelt word gets a close spelling that finds something', async ({ page }) => {
    // Two letters swapped: beyond the one typo tolerated while typing.
    await page.goto('/metiers?q=technicein');
    await expect(
      page.getByRole('heading', { name: "Aucun métier ne correspond, pour l'instant." }),
    ).toBeVisible();
    await page.getByRole('button', { name: /Chercher « technicien » à la place de « technicein »/ }).click();
    await expect(page).toHaveURL('/metiers?q=technicien');
    await expect(page.getByRole('link', { name: METIER })).toBeVisible();
  });

  test('no result: a kind message and ways to get results', async ({ page }) => {
    await page.goto('/metiers?q=boulanger&interets=j-aime-bouger');
    await expect(
      page.getByRole('heading', { name: "Aucun métier ne correspond, pour l'instant." }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Effacer la recherche « boulanger » (1 résultat)' }).click();
    await expect(page).toHaveURL('/metiers?interets=j-aime-bouger');
    await expect(page.getByRole('link', { name: METIER })).toBeVisible();
  });
});

test('the URL holds the whole view: reload and a copied link restore it', async ({ page, context }) => {
  await page.goto('/metiers');
  await page.getByRole('searchbox', { name: 'Rechercher un métier', exact: true }).fill('gaz');
  await page.getByRole('checkbox', { name: /Bac 1/ }).check();
  await page.getByLabel('Trier par').selectOption('alpha');
  const url = '/metiers?q=gaz&niveau=4&tri=alpha';
  await expect(page).toHaveURL(url);

  for (const view of [page, await context.newPage()]) {
    if (view === page) await view.reload();
    else await view.goto(url);
    await expect(view.getByRole('searchbox', { name: 'Rechercher un métier', exact: true })).toHaveValue(
      'gaz',
    );
    await expect(view.getByRole('checkbox', { name: /Bac 1/ })).toBeChecked();
    await expect(view.getByLabel('Trier par')).toHaveValue('alpha');
    await expect(view.getByRole('link', { name: METIER })).toBeVisible();
    await expect(view).toHaveTitle('« gaz » · 1 filtre · Métiers · Explorateur des métiers');
  }
});

test('typing letter by letter keeps every letter, and the URL follows in canonical form', async ({
  page,
}) => {
  await page.goto('/metiers?interets=j-aime-bouger');
  const box = page.getByRole('searchbox', { name: 'Rechercher un métier', exact: true });
  // No delay between keys: each keystroke comes while the URL of the previous one is written.
  await box.pressSequentially('gaz clientèle', { delay: 0 });
  await expect(box).toHaveValue('gaz clientèle');
  await expect(page).toHaveURL('/metiers?q=gaz%20client%C3%A8le&interets=j-aime-bouger');
  await expect(page.getByRole('link', { name: METIER })).toBeVisible();
  await page.getByRole('checkbox', { name: /Bac 1/ }).check();
  await box.press('End');
  await box.pressSequentially(' gaz', { delay: 0 });
  await expect(box).toHaveValue('gaz clientèle gaz');
  await expect(page).toHaveURL('/metiers?q=gaz%20client%C3%A8le%20gaz&interets=j-aime-bouger&niveau=4');
  // The text was typed over one history entry; ticking the level made another.
  await page.goBack();
  await expect(page).toHaveURL('/metiers?q=gaz%20client%C3%A8le&interets=j-aime-bouger');
  await expect(box).toHaveValue('gaz clientèle');
});

test('back from a fiche returns to the list as it was', async ({ page }) => {
  await page.goto('/formations?niveau=4&tri=alpha');
  await page.getByRole('searchbox', { name: 'Rechercher une formation' }).fill('bac');
  await page.getByRole('link', { name: MICRO }).click();
  await expect(page.getByRole('heading', { level: 1, name: MICRO })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL('/formations?q=bac&niveau=4&tri=alpha');
  await expect(page.getByRole('searchbox', { name: 'Rechercher une formation' })).toHaveValue('bac');
  await expect(page.getByRole('checkbox', { name: /Bac \(niveau 4\)/ })).toBeChecked();
});

test('bad search params are dropped and the URL rewritten to its canonical form', async ({ page }) => {
  await page.goto(
    '/metiers?tri=nimporte&niveau=99,4&interets=inconnu,j-aime-bouger&__proto__=x&statut=%E0%A4',
  );
  await expect(page).toHaveURL('/metiers?interets=j-aime-bouger&niveau=4');
  await expect(page.getByText('1 métier', { exact: true })).toBeVisible();
});

test('an unknown fiche gets « fiche introuvable » with close titles', async ({ page }) => {
  await page.goto('/formations/bac-pro-microtecniques');
  await expect(page.getByRole('heading', { level: 1, name: 'Fiche introuvable' })).toBeVisible();
  await expect(page).toHaveTitle('Fiche introuvable · Explorateur des métiers');
  await expect(
    page.getByRole('region', { name: 'Tu cherchais peut-être :' }).getByRole('link', { name: MICRO }),
  ).toBeVisible();
  await page.getByRole('searchbox', { name: 'Rechercher une formation' }).fill('gaz');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL('/recherche?q=gaz');

  await page.goto('/metiers/MET.99999');
  await expect(page.getByRole('heading', { level: 1, name: 'Fiche introuvable' })).toBeVisible();
  await expect(page.getByText("Aucune fiche métier ne porte l'identifiant « MET.99999 »")).toBeVisible();
});

test('an unknown path gets a « page introuvable » page', async ({ page }) => {
  await page.goto('/pas/une/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
  await expect(page).toHaveTitle('Page introuvable · Explorateur des métiers');
  await page.getByRole('link', { name: 'Tous les métiers' }).click();
  await expect(page).toHaveURL('/metiers');
});

test('the official link opens safely, and only https links are links', async ({ page }) => {
  await page.goto('/formations/FOR.11072');
  const link = page.getByRole('link', { name: /legifrance/ });
  await expect(link).toHaveAttribute('href', 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000050988784');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link).toHaveAttribute('target', '_blank');

  await page.goto('/formations/bac-pro-microtechniques');
  await expect(
    page.getByText('http://eduscol.education.fr/referentiels-professionnels/a045.html'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /eduscol/ })).toHaveCount(0);
});

test('on a phone the facets live in a drawer', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/metiers');
  await expect(page.getByRole('checkbox', { name: /J'aime bouger/ })).toBeHidden();
  await page.getByRole('button', { name: 'Filtres' }).click();
  const drawer = page.getByRole('dialog', { name: 'Filtres' });
  await drawer.getByRole('checkbox', { name: /J'aime bouger/ }).check();
  await expect(page).toHaveURL('/metiers?interets=j-aime-bouger');
  await expectAccessible(page);
  await drawer.getByRole('button', { name: 'Voir le métier' }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('button', { name: 'Filtres (1)' })).toBeVisible();
  // No horizontal scrolling at 360 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('everything is reachable with the keyboard', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The drawn page is inert until the app adopts it: a Tab before that skips the skip link (CI).
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
  // Tab to the first interest and choose it with the space bar.
  const first = page.getByRole('checkbox', { name: /J'aime bouger/ });
  for (let i = 0; i < 20 && !(await first.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  const cta = page.getByRole('link', { name: 'Voir le métier qui correspond' });
  await cta.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/metiers?interets=j-aime-bouger');
  // The focus moves to the new page's heading.
  await expect(page.getByRole('heading', { level: 1, name: 'Métiers' })).toBeFocused();
});

test.describe('accessibility (axe, WCAG 2.1 AA) on a phone and a desktop, and page titles', () => {
  const pages: [string, string][] = [
    ['/', 'Explorateur des métiers'],
    ['/?interets=j-aime-bouger', 'Explorateur des métiers'],
    ['/metiers', 'Métiers · Explorateur des métiers'],
    ['/formations?interets=j-aime-bouger', '1 filtre · Formations · Explorateur des métiers'],
    ['/metiers?q=zzzz', '« zzzz » · Métiers · Explorateur des métiers'],
    ['/metiers/MET.895', `${METIER} · Explorateur des métiers`],
    ['/formations/FOR.11072', `${GAZ} · Explorateur des métiers`],
    ['/formations/bac-pro-microtechniques', `${MICRO} · Explorateur des métiers`],
    ['/recherche?q=gaz', 'Recherche « gaz » · Explorateur des métiers'],
    ['/metiers/inconnu', 'Fiche introuvable · Explorateur des métiers'],
    ['/nulle-part', 'Page introuvable · Explorateur des métiers'],
  ];
  const screens = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 720 } };
  for (const [screen, viewport] of Object.entries(screens))
    for (const scheme of ['light', 'dark'] as const) {
      for (const [url, title] of pages) {
        test(`${url} (${scheme}, ${screen})`, async ({ page }) => {
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(url);
          await expect(page.locator('main h1')).toBeVisible();
          await expect(page).toHaveTitle(title);
          await expectAccessible(page);
        });
      }
    }
});
