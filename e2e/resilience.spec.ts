// A broken environment: missing or damaged data, an unexpected error while rendering.
import { expect, test } from './support';

const KEY = 'explorateur-metiers:favoris';

// The failures these tests provoke are reported by the browser and by React's error boundary.
test.use({ expectedConsoleErrors: /DataError|Failed to load resource|bogue simulé/ });

for (const [name, damage] of [
  ['missing (404)', { status: 404, body: 'Not found' }],
  ['truncated', { status: 200, body: 'half' }],
  ['not JSON', { status: 200, body: '<html>maintenance</html>' }],
  ['JSON of the wrong shape', { status: 200, body: JSON.stringify({ version: 1, id: 'pas une liste' }) }],
] as const) {
  test(`an index that is ${name} gets a French message and a retry`, async ({ page }) => {
    await page.route(/\/catalog\/index\.[0-9a-f]+\.json$/, async (route) => {
      if (damage.body === 'half') {
        const real = await route.fetch();
        const text = await real.text();
        await route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: text.slice(0, text.length / 2),
        });
      } else {
        await route.fulfill({ status: damage.status, contentType: 'application/json', body: damage.body });
      }
    });
    await page.goto('/metiers');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { name: "Oups, la page n'a pas pu s'afficher" })).toBeVisible({
      timeout: 15_000,
    });
    await expect(alert).toContainText(
      damage.status === 404 ? 'introuvables sur le serveur' : /abîmées|format attendu/,
    );

    await page.unrouteAll();
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await expect(page.getByText('1 métier', { exact: true })).toBeVisible();
  });
}

test('a damaged chunk of fiches fails only the fiche, with a retry', async ({ page }) => {
  await page.route(/\/catalog\/fiches-.*\.json$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"records":[{"kind":"metier"}]}' }),
  );
  await page.goto('/metiers/MET.895');
  await expect(page.getByRole('alert')).toContainText('format attendu');
  // The header and its navigation stay usable around the failing page.
  await expect(page.getByRole('navigation', { name: 'Principale' })).toBeVisible();
  await page.unrouteAll();
  await page.getByRole('button', { name: 'Réessayer' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: "technicien/ne d'intervention clientèle gaz" }),
  ).toBeVisible();
});

// The service worker would answer from its precache, unseen by page.route: these pages have none.
test.describe('the text index unavailable', () => {
  test.use({ serviceWorkers: 'block' });
  for (const [name, answer] of [
    ['missing (404)', { status: 404, body: 'Not found' }],
    [
      'damaged',
      {
        status: 200,
        body: '{"version":1,"terms":["gaz"],"counts":[5],"docs":[],"weights":[],"sections":[]}',
      },
    ],
  ] as const) {
    test(`a shard of the text index ${name}: titles still found, the list says so, and a new word retries`, async ({
      page,
    }) => {
      await page.route(/\/catalog\/texte-.*\.json$/, (route) =>
        route.fulfill({ status: answer.status, contentType: 'application/json', body: answer.body }),
      );
      await page.goto('/metiers');
      await expect(page.locator('#root')).not.toHaveAttribute('inert');
      const box = page.getByRole('searchbox', { name: 'Rechercher un métier', exact: true });
      await box.fill('technicien');
      // Found by its title; the text could not be searched, and the list says it in French.
      await expect(page.getByText(/Le texte des fiches n'a pas pu être chargé/)).toBeVisible({
        timeout: 10_000,
      });
      await expect(
        page.getByRole('link', { name: "technicien/ne d'intervention clientèle gaz" }),
      ).toBeVisible();
      // Back online: the next word of the same shard fetches it again, and the message goes.
      await page.unrouteAll();
      const again = page.waitForRequest(/\/catalog\/texte-/);
      await box.fill('techniciens');
      await again;
      await expect(page.getByText(/Le texte des fiches n'a pas pu être chargé/)).toHaveCount(0);
      await box.fill('compteurs');
      await expect(page.getByText(/Trouvé dans/)).toBeVisible();
    });
  }

  test('a list opened with a query whose shard fails: what the titles find, said, the shard asked once', async ({
    page,
  }) => {
    const asked: string[] = [];
    await page.route(/\/catalog\/texte-.*\.json$/, (route) => {
      asked.push(route.request().url());
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
    });
    await page.goto('/metiers?q=technicien');
    await expect(page.getByText(/Le texte des fiches n'a pas pu être chargé/)).toBeVisible({
      timeout: 10_000,
    });
    await expect(
      page.getByRole('link', { name: "technicien/ne d'intervention clientèle gaz" }),
    ).toBeVisible();
    // Asked by the route's loader (its one retry included), not again by the page.
    expect(new Set(asked).size).toBe(1);
    expect(asked.length).toBeLessThanOrEqual(2);
  });
});

test('an error while rendering shows a French recovery screen and keeps the favourites', async ({
  page,
  context,
}) => {
  await context.addInitScript((key) => {
    localStorage.setItem(
      key,
      JSON.stringify({
        version: 1,
        items: [{ kind: 'formation', id: 'FOR.11072', title: 'gaz', savedAt: 1 }],
      }),
    );
    // Simulate an unexpected bug: sorting breaks, but only on the first page load.
    if (sessionStorage.getItem('broken') === null) {
      sessionStorage.setItem('broken', '1');
      Object.defineProperty(Intl.Collator.prototype, 'compare', {
        get() {
          throw new Error('bogue simulé');
        },
      });
    }
  }, KEY);
  await page.goto('/metiers');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: "Oups, la page n'a pas pu s'afficher" })).toBeVisible();
  await expect(alert).toContainText('tes favoris sont conservés');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toContain('FOR.11072');
  await alert.getByRole('button', { name: 'Recharger' }).click();
  await expect(page.getByText('1 métier', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: /^Favoris/ }).click();
  await expect(
    page.getByRole('link', { name: 'bac pro technicien en transport et distribution des gaz' }),
  ).toBeVisible();
});

test('when the app’s script never arrives, the page says so after 10 s with « Recharger », without JavaScript', async ({
  browser,
  baseURL,
}) => {
  // Three browsers and a wait of 10 s by design.
  test.slow();
  const ENTRY = /\/assets\/index-[\w-]+\.js$/;
  const NOTICE = "La page ne s'ouvre pas : la connexion est peut-être lente ou coupée.";
  // A page not drawn at build time (the loading frame), a fiche drawn at build time, and a page
  // whose script does arrive.
  const [loading, drawn, working] = await Promise.all(
    [0, 1, 2].map(async () => (await browser.newContext({ baseURL })).newPage()),
  );
  await loading!.route(ENTRY, (route) => route.abort());
  await drawn!.route(ENTRY, (route) => route.abort());
  await Promise.all([loading!.goto('/favoris'), drawn!.goto('/metiers/MET.895'), working!.goto('/')]);
  await expect(loading!.getByText('Chargement des fiches…')).toBeVisible();
  // Not before 10 s: a slow start is not a failure.
  await expect(loading!.getByText(NOTICE)).toBeHidden();
  await loading!.waitForTimeout(10_500);
  for (const page of [loading!, drawn!]) {
    await expect(page.getByText(NOTICE)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Recharger' })).toBeVisible();
  }
  // The drawn fiche is still there to read.
  await expect(
    drawn!.getByRole('heading', { level: 1, name: "technicien/ne d'intervention clientèle gaz" }),
  ).toBeVisible();
  await expect(working!.getByText(NOTICE)).toBeHidden();
  await expect(working!.getByText(/C'est long/)).toBeHidden();

  // The network comes back: « Recharger » opens the page.
  await loading!.unroute(ENTRY);
  await loading!.getByRole('link', { name: 'Recharger' }).click();
  await expect(loading!.getByRole('heading', { level: 1, name: 'Mes favoris' })).toBeVisible();
  await expect(loading!.getByText(NOTICE)).toBeHidden();
  for (const page of [loading!, drawn!, working!]) await page.context().close();
});

test('a catalogue that never answers: after 10 s the loading state offers « Recharger »', async ({
  page,
}) => {
  await page.route(/\/catalog\/index\.[0-9a-f]+\.json$/, () => {
    // Never fulfilled: a network that stalls without failing.
  });
  // The index is preloaded: the page's load event would wait for it forever.
  await page.goto('/favoris', { waitUntil: 'commit' });
  const slow = page.getByText("C'est long : la connexion est peut-être lente ou coupée.");
  await expect(page.getByRole('status').filter({ hasText: 'Chargement des fiches…' })).toBeVisible();
  await expect(slow).toBeHidden();
  await expect(slow).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Recharger' })).toBeVisible();
});

test('a drawn fiche whose catalogue never answers stays readable, and after 10 s offers « Recharger »', async ({
  page,
}) => {
  await page.route(/\/catalog\/index\.[0-9a-f]+\.json$/, () => {
    // Never fulfilled: the app cannot take the drawn page over.
  });
  await page.goto('/metiers/MET.895', { waitUntil: 'commit' });
  const notice = page.getByText("La page ne s'ouvre pas : la connexion est peut-être lente ou coupée.");
  await expect(
    page.getByRole('heading', { level: 1, name: "technicien/ne d'intervention clientèle gaz" }),
  ).toBeVisible();
  await expect(notice).toBeHidden();
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('link', { name: 'Recharger' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
