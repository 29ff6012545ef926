// The pages drawn at build time, at real scale (the 1,152 fiches of ../shared/corpus).
import { KINDS, slugify, type Fiche } from '../src/public-api';
import { records } from './corpus-records';
import { expect, test } from './support';
import { expectTakeoverWithoutShift, withoutScripts } from './takeover';

const addressOf = (fiche: Fiche) => `/${KINDS[fiche.kind].routes.segment}/${fiche.id}`;

test.describe('before the JavaScript has arrived', () => {
  // (No service worker: it would serve the scripts held back here.)
  test.use({ expectedConsoleErrors: /Failed to load resource/, serviceWorkers: 'block' });

  test('the first screen of each list is there, with the summaries it has', async ({ page }) => {
    await withoutScripts(page);
    for (const [address, count, summaries] of [
      ['/metiers', /^\d{3} métiers$/, 12],
      // Most formations of the corpus have no summary to show.
      ['/formations', /^\d{3} formations$/, 2],
    ] as const) {
      await page.goto(address);
      await expect(page.getByRole('status').first()).toHaveText(count);
      const cards = page.locator('main ul[aria-label="Résultats"] > li');
      await expect(cards).toHaveCount(12);
      await expect(cards.locator('h2 a')).toHaveCount(12);
      // Each summary of the first screen is there, none is waiting for a download.
      await expect(cards.locator('p[aria-busy="false"]:not(:empty)')).toHaveCount(summaries);
      await expect(cards.locator('p[aria-busy="true"]')).toHaveCount(0);
    }
  });
});

test.describe('once the app has started', () => {
  // The drawn page is looked at first with its scripts held back.
  // (No service worker: it would serve the scripts held back here.)
  test.use({ expectedConsoleErrors: /Failed to load resource/, serviceWorkers: 'block' });
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    test(`the app takes the drawn pages' place without moving anything (${viewport.width} px wide)`, async ({
      page,
    }) => {
      await expectTakeoverWithoutShift(page, viewport, ['/', '/metiers', '/formations']);
    });
  }
});

test.describe('every fiche, drawn at build time', () => {
  const SITE = 'http://localhost:4174';
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

  test('has its page, named and described, and the sitemap lists them all', async ({ request }) => {
    const fiches = records();
    const sitemap = await (await request.get('/sitemap.xml')).text();
    const listed = [...sitemap.matchAll(/<loc>([^<]*)<\/loc><lastmod>2025-10-21<\/lastmod>/g)].map(
      (m) => m[1],
    );
    expect(listed.sort()).toEqual(
      [...['/', '/metiers', '/formations'], ...fiches.map(addressOf)].map((path) => SITE + path).sort(),
    );
    expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${SITE}/sitemap.xml`);

    const pages = new Map<string, string>();
    // Eight at a time, as a browser would.
    for (let i = 0; i < fiches.length; i += 8) {
      await Promise.all(
        fiches.slice(i, i + 8).map(async (fiche) => {
          const response = await request.get(addressOf(fiche));
          expect(response.status(), addressOf(fiche)).toBe(200);
          pages.set(fiche.id, await response.text());
        }),
      );
    }
    let routes = 0;
    const without: string[] = [];
    for (const fiche of fiches) {
      const address = addressOf(fiche);
      const html = pages.get(fiche.id)!;
      expect(html, address).toContain(`<title>${escape(fiche.title)} · Explorateur des métiers</title>`);
      expect(html, address).toContain(`<div id="root" data-page="${address}" data-any-search inert>`);
      expect(html, address).toContain(`<link rel="canonical" href="${SITE}${address}" />`);
      expect(html, address).toContain(`<meta property="og:url" content="${SITE}${address}" />`);
      if (fiche.summary)
        expect(html, address).toContain(
          `<meta property="og:description" content="${escape(fiche.summary)}" />`,
        );
      // Every métier has a route from 3e, or its « Accès au métier » text and why; every fiche
      // 3 or more neighbours, or says why not.
      if (fiche.kind === 'metier') {
        expect(html, address).toContain('id="comment-y-arriver"');
        if (!html.includes('<ol class="route '))
          expect(html, address).toMatch(/La fiche (ne )?recommande (pas de|des) formation/);
        else routes++;
      }
      const similar = KINDS[fiche.kind].similar;
      const neighbours = html.slice(html.indexOf(`aria-labelledby="${slugify(similar.title)}"`));
      const links = neighbours.slice(0, neighbours.indexOf('</section>')).match(/<a /g)?.length ?? 0;
      if (links < 3) {
        expect(html, address).toContain(links === 0 ? similar.none : similar.fewer);
        without.push(fiche.id);
      }
    }
    const metiers = fiches.filter((f) => f.kind === 'metier').length;
    console.log(
      `métiers drawn with a route: ${routes}/${metiers}; fiches without 3 neighbours: ${without.join(', ')}`,
    );
    expect(without.length).toBeLessThanOrEqual(fiches.length / 100);
  });

  test.describe(() => {
    test.use({ expectedConsoleErrors: /Failed to load resource/, serviceWorkers: 'block' });

    test('shows the whole fiche without JavaScript (one fiche in 40)', async ({ page }) => {
      // 29 pages, each with every section checked.
      test.setTimeout(90_000);
      await withoutScripts(page);
      for (const fiche of records().filter((_, i) => i % 40 === 0)) {
        await page.goto(addressOf(fiche));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(fiche.title);
        for (const section of fiche.sections.filter((s) => s.title && s.blocks.length > 0))
          await expect(
            page.getByRole('heading', { level: 2, name: section.title!, exact: true }),
          ).toBeVisible();
        const lastParagraph = fiche.sections
          .flatMap((s) => s.blocks)
          .findLast((b) => b.type === 'paragraph' && b.text.trim().length > 0);
        if (lastParagraph?.type === 'paragraph')
          await expect(page.locator('main')).toContainText(
            lastParagraph.text.split('\n').at(-1)!.trim().slice(0, 60),
          );
      }
    });

    test('the app takes a long fiche over without moving anything', async ({ page }) => {
      const longest = (kind: string) =>
        records()
          .filter((f) => f.kind === kind)
          .sort((a, b) => JSON.stringify(b.sections).length - JSON.stringify(a.sections).length)[0]!;
      await expectTakeoverWithoutShift(page, { width: 390, height: 844 }, [
        addressOf(longest('metier')),
        addressOf(longest('formation')),
      ]);
    });
  });
});
