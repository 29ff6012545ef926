// The explorer on the 1,152 real fiches of ../shared/corpus (built into dist-corpus/).
import type { Page } from '@playwright/test';
import { KINDS, slugify, type Fiche } from '../src/public-api';
import { LEGENDS } from '../bench/selectors';
import { records } from './corpus-records';
import { expect, expectAccessible, test } from './support';

/** The « Salaire de début » bands, gross € per month, written out. */
function salaryBand(amount: number | null): string {
  if (amount === null) return 'non-precise';
  if (amount < 1900) return 'moins-1900';
  if (amount < 2200) return '1900-2199';
  if (amount < 2500) return '2200-2499';
  return amount < 3000 ? '2500-2999' : '3000-plus';
}

/** Facet values written from the meaning of the data (DESIGN.md), not from the app's code. */
function facetValues(fiche: Fiche): Record<string, string[]> {
  const level =
    fiche.level !== null
      ? String(fiche.level)
      : fiche.kind === 'metier' && fiche.durationYears === 0
        ? '0'
        : 'autre';
  const interests =
    fiche.kind === 'formation'
      ? [...new Set([...fiche.interests, ...fiche.derivedInterests])]
      : fiche.interests;
  return {
    interets: interests.map(slugify),
    niveau: [level],
    duree: fiche.durationYears === null ? [] : [String(fiche.durationYears)],
    statut: fiche.statuses.map(slugify),
    type: fiche.kind === 'formation' ? [slugify(fiche.type)] : [],
    salaire: fiche.kind === 'metier' ? [salaryBand(fiche.startingSalary?.eurosPerMonth ?? null)] : [],
  };
}

function expectedCounts(
  fiches: Fiche[],
  facet: string,
  filters: Record<string, string[]>,
): Map<string, number> {
  const scope = fiches.filter((f) =>
    Object.entries(filters).every(
      ([key, values]) => key === facet || facetValues(f)[key]!.some((v) => values.includes(v)),
    ),
  );
  const counts = new Map<string, number>();
  for (const f of scope) for (const v of facetValues(f)[facet]!) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** Every facet option on the page: value → shown count. Collapsed lists are expanded first. */
async function shownOptions(
  page: Page,
): Promise<Map<string, Map<string, { count: number; checked: boolean; disabled: boolean }>>> {
  await expect(page.locator('aside fieldset').first()).toBeVisible();
  const more = page.getByRole('button', { name: /^Voir les \d+ autres$/ });
  for (let left = await more.count(); left > 0; left--) {
    await more.first().click();
    await expect(more).toHaveCount(left - 1);
  }
  const rows = await page.locator('aside fieldset').evaluateAll((fieldsets) =>
    fieldsets.map((fieldset) => ({
      legend: fieldset.querySelector('legend')!.textContent!,
      options: [...fieldset.querySelectorAll('label')].map((label) => ({
        value: label.querySelector('input')!.value,
        count: Number(label.querySelector('span:last-child')!.textContent),
        checked: label.querySelector('input')!.checked,
        disabled: label.querySelector('input')!.disabled,
      })),
    })),
  );
  return new Map(rows.map((r) => [r.legend, new Map(r.options.map((o) => [o.value, o]))]));
}

for (const [kind, path, filters] of [
  ['metier', '/metiers', {}],
  [
    'metier',
    '/metiers?interets=j-aime-bouger,j-aime-la-nature&niveau=3,4',
    { interets: ['j-aime-bouger', 'j-aime-la-nature'], niveau: ['3', '4'] },
  ],
  [
    'metier',
    '/metiers?salaire=2500-2999,non-precise&statut=salarie',
    { salaire: ['2500-2999', 'non-precise'], statut: ['salarie'] },
  ],
  ['formation', '/formations', {}],
  [
    'formation',
    '/formations?interets=ma-vocation-est-de-soigner&duree=2,3',
    { interets: ['ma-vocation-est-de-soigner'], duree: ['2', '3'] },
  ],
] as const) {
  test(`every facet count of ${path} is what the data says`, async ({ page }) => {
    const fiches = records().filter((f) => f.kind === kind);
    await page.goto(path);
    const shown = await shownOptions(page);
    const active = filters as Record<string, string[]>;
    for (const [facet, legend] of Object.entries(LEGENDS[kind]) as [string, string][]) {
      const expected = expectedCounts(fiches, facet, active);
      const options = shown.get(legend)!;
      expect(options, legend).toBeDefined();
      // Every value of the data is offered, with its count.
      for (const [value, count] of expected)
        expect(options.get(value)?.count, `${legend} ${value}`).toBe(count);
      for (const [value, option] of options) {
        expect(option.count, `${legend} ${value}`).toBe(expected.get(value) ?? 0);
        // An option that would give nothing cannot be ticked, unless it already is.
        expect(option.disabled, `${legend} ${value} disabled`).toBe(option.count === 0 && !option.checked);
        expect(option.checked, `${legend} ${value} checked`).toBe(active[facet]?.includes(value) ?? false);
      }
    }
    const total = fiches.filter((f) =>
      Object.entries(active).every(([key, values]) => facetValues(f)[key]!.some((v) => values.includes(v))),
    ).length;
    await expect(
      page.getByText(`${total} ${kind === 'metier' ? 'métiers' : 'formations'}`, { exact: true }),
    ).toBeVisible();
  });
}

test('back from a fiche far down the list restores the list and its scroll position', async ({ page }) => {
  await page.goto('/metiers?tri=alpha');
  const cards = page.locator('ul[aria-label="Résultats"] > li');
  // One screen of cards first (12), then pages of 30 as the student scrolls.
  await cards.nth(11).scrollIntoViewIfNeeded();
  await expect(cards.nth(41)).toBeAttached();
  await cards.nth(41).scrollIntoViewIfNeeded();
  await expect(cards.nth(71)).toBeAttached();
  const target = cards.nth(45).getByRole('link');
  await target.scrollIntoViewIfNeeded();
  const title = await target.innerText();
  const scrollY = await page.evaluate(() => window.scrollY);
  expect(scrollY).toBeGreaterThan(2000);
  await target.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL('/metiers?tri=alpha');
  await expect(page.getByRole('link', { name: title, exact: true })).toBeInViewport();
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollY)).toBeLessThan(50);
});

test('a long list and a long fiche pass axe', async ({ page }) => {
  await page.goto('/formations');
  await expectAccessible(page);
  await page.goto('/metiers/MET.411');
  await expectAccessible(page);
});

test('searching the corpus: accents, a typo, a prefix and the text of the fiches', async ({ page }) => {
  await page.goto('/metiers');
  const box = page.getByRole('searchbox', { name: 'Rechercher un métier', exact: true });
  await box.fill('electricien');
  await expect(page.getByRole('link', { name: 'ingénieur/e électricien/ne' })).toBeVisible();
  await box.fill('electricen');
  await expect(page.getByRole('link', { name: 'ingénieur/e électricien/ne' })).toBeVisible();
  await box.fill('prothes');
  await expect(page.getByRole('link', { name: 'prothésiste dentaire', exact: true })).toBeVisible();
  // Found by the text of its fiche only, once the background index answers: the worker indexes
  // 1,152 whole fiches first (≈ 1.4 s here alone, several times that with the other tests running).
  await box.fill('orthodontistes');
  await expect(page.getByRole('link', { name: 'prothésiste dentaire', exact: true })).toBeVisible({
    timeout: 20_000,
  });
});

// Fiches of the corpus render in the app, in groups that run in parallel. Every fiche is drawn
// by the build with the same components and data (a part that fails stops the build,
// scripts/vite-plugin-prerender.ts) and every drawn page is checked (corpus.prerender.spec.ts);
// here, one fiche in three, each kind and chunk represented, goes through the browser's app.
const GROUPS = 3;
const SAMPLE = 3;
for (let group = 0; group < GROUPS; group++) {
  test(`fiches render in the app without console errors (group ${group + 1}/${GROUPS})`, async ({ page }) => {
    test.setTimeout(240_000);
    const fiches = records().filter((_, i) => i % SAMPLE === 0 && (i / SAMPLE) % GROUPS === group);
    for (const [i, fiche] of fiches.entries()) {
      const path = `/${KINDS[fiche.kind].routes.segment}/${encodeURIComponent(fiche.id)}`;
      // The first fiche by a full page load (a bookmark), the others inside the app, as a student
      // goes from fiche to fiche: a full load each took most of the test's time (the app's start,
      // the index) under two parallel workers, for nothing the first load does not show.
      if (i === 0) {
        await page.goto(path);
        // The fiche arrives drawn: move on inside the app only once the app has adopted it (a
        // navigation in the middle of the adoption makes React's markup differ from the drawn one).
        await expect(page.locator('#root')).not.toHaveAttribute('inert', { timeout: 15_000 });
      } else await page.evaluate((url) => window.history.replaceState(window.history.state, '', url), path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(fiche.title, { timeout: 15_000 });
      const lastSection = fiche.sections.filter((s) => s.blocks.length > 0 && s.title).at(-1);
      if (lastSection)
        await expect(
          page.getByRole('heading', { level: 2, name: lastSection.title, exact: true }),
        ).toBeVisible();
    }
  });
}
