// Searching the 1,152 real fiches as a student types: one complete answer per keystroke, the
// text of the fiches searched from the shards of the index built at build time, « Trouvé dans »,
// and the header search's two kinds side by side.
import type { Page } from '@playwright/test';
import { waitForServiceWorker } from './offline';
import { expect, expectAccessible, test } from './support';

/**
 * Records every change of the count line and of the list of results, between keystrokes (and
 * when each came, in `answerTimes`, on the timeline of events' `timeStamp`).
 */
async function watchAnswers(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { answers: string[]; answerTimes: number[] };
    w.answers = [];
    w.answerTimes = [];
    const main = document.querySelector('main')!;
    const state = () => {
      const count = main.querySelector('[role=status]')?.textContent ?? '';
      const titles = [...main.querySelectorAll('ul[aria-label="Résultats"] h2')]
        .slice(0, 10)
        .map((h) => h.textContent)
        .join('|');
      return `${count} ⟨${titles}⟩`;
    };
    let last = state();
    new MutationObserver(() => {
      const now = state();
      if (now === last) return;
      w.answers.push((last = now));
      w.answerTimes.push(performance.now());
    }).observe(main, { subtree: true, childList: true, characterData: true });
  });
}

const takeAnswers = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { answers: string[] };
    const answers = w.answers;
    w.answers = [];
    return answers;
  });

test.describe('on a first visit', () => {
  // The app not yet installed: its shards come from the network, only those its words need (the
  // installed app reads ahead from its own copy, below).
  test.use({ serviceWorkers: 'block' });

  test('a typing session shows exactly one answer per keystroke, never a partial one', async ({ page }) => {
    test.setTimeout(60_000);
    const shards: string[] = [];
    let pending = 0;
    page.on('request', (r) => {
      if (!/\/catalog\/texte-/.test(r.url())) return;
      shards.push(r.url());
      pending++;
    });
    const done = (r: { url(): string }) => {
      if (/\/catalog\/texte-/.test(r.url())) pending--;
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    await page.goto('/metiers');
    await expect(page.locator('#root')).not.toHaveAttribute('inert');
    const box = page.getByRole('searchbox', { name: 'Rechercher un métier', exact: true });
    await box.click();
    await watchAnswers(page);
    const typed = 'soigner les animaux';
    const perKeystroke: string[][] = [];
    for (const key of typed) {
      await box.press(key === ' ' ? 'Space' : key);
      // The answer of this keystroke, before the next one: its shards fetched, then a quiet moment.
      await expect.poll(() => pending).toBe(0);
      await page.waitForTimeout(200);
      perKeystroke.push(await takeAnswers(page));
    }
    for (const [i, answers] of perKeystroke.entries()) {
      expect(answers.length, `« ${typed.slice(0, i + 1)} »: ${answers.join(' → ')}`).toBeLessThanOrEqual(1);
      // No « 0 » flash: a query that finds nothing is an answer, but none here does.
      for (const answer of answers) expect(answer).not.toMatch(/^(0|Aucun)/);
    }
    // « s » alone, « les »: too short to mean anything, the previous answer stays.
    expect(perKeystroke[0]).toEqual([]);
    expect(perKeystroke[typed.indexOf('les') + 2]).toEqual([]);
    await expect(page.getByRole('link', { name: 'vétérinaire', exact: true })).toBeVisible();
    // Only the shards of the words typed: a few small files, not the whole text.
    expect(new Set(shards).size).toBeGreaterThan(0);
    expect(new Set(shards).size).toBeLessThanOrEqual(6);
  });
});

test('the installed app reads ahead: no letter of a word waits for a shard of the index', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/metiers');
  // Installed: the service worker holds every shard.
  await waitForServiceWorker(page);
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  const box = page.getByRole('searchbox', { name: 'Rechercher un métier', exact: true });
  await box.click();
  await watchAnswers(page);
  await page.evaluate(() => {
    const w = window as unknown as { inputs: number[] };
    w.inputs = [];
    addEventListener('input', (e) => w.inputs.push(e.timeStamp), true);
    performance.clearResourceTimings();
  });
  const typed = 'soigner les animaux';
  for (const key of typed) {
    await box.press(key === ' ' ? 'Space' : key);
    await page.waitForTimeout(400);
  }
  await expect(page.getByRole('link', { name: 'vétérinaire', exact: true })).toBeVisible();
  const { inputs, answers, shards } = await page.evaluate(() => {
    const w = window as unknown as { inputs: number[]; answerTimes: number[] };
    const shards = performance
      .getEntriesByType('resource')
      .filter((e) => /\/catalog\/texte-/.test(e.name))
      .map((e) => e.startTime);
    return { inputs: w.inputs, answers: w.answerTimes, shards };
  });
  expect(inputs).toHaveLength(typed.length);
  // The shards were read (ahead), from the service worker's copy…
  expect(shards.length).toBeGreaterThan(0);
  // …but none between a keystroke and its answer: each keystroke answered with what was there
  // (a letter alone or « les » answers nothing: the shards they lead to are read then).
  const answered = inputs.filter((input, i) =>
    answers.some((t) => t > input && t < (inputs[i + 1] ?? Infinity)),
  ).length;
  // Most letters change the answer (not « s », « les », « a »…): each of them is checked below.
  expect(answered).toBeGreaterThanOrEqual(8);
  const waited = inputs.flatMap((input, i) => {
    const answer = answers.find((t) => t > input && t < (inputs[i + 1] ?? Infinity));
    if (answer === undefined) return [];
    return shards
      .filter((start) => start > input && start < answer)
      .map(() => `« ${typed.slice(0, i + 1)} »`);
  });
  expect(waited).toEqual([]);
});

test('a list opened with a query shows its answer at once, never every fiche first', async ({ page }) => {
  // Every count line the page shows, from the first paint on (the drawn list's, while the page is
  // parsed, is never painted: at another address than its own, the guard replaces it at once).
  await page.addInitScript(() => {
    const w = window as unknown as { counts: string[] };
    w.counts = [];
    const record = () => {
      const count = document.querySelector('main [role=status]')?.textContent;
      if (count && count !== w.counts.at(-1)) w.counts.push(count);
    };
    document.addEventListener('DOMContentLoaded', () => {
      record();
      new MutationObserver(record).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
  });
  // Found by the text of its fiche only: the shard of « orthodontistes » is needed.
  await page.goto('/metiers?q=orthodontistes');
  await expect(page.getByRole('link', { name: 'prothésiste dentaire', exact: true })).toBeVisible();
  await page.waitForTimeout(300);
  const counts = await page.evaluate(() => (window as unknown as { counts: string[] }).counts);
  expect(counts).toHaveLength(1);
  // A few métiers, not the 345 of the corpus.
  expect(counts[0]).toMatch(/^[1-9] métiers?$/);

  // Entered again inside the app (a link, Back), with a query whose shard is not loaded yet: the
  // same, the list waits for its shards before it is drawn.
  await expect(page.locator('#root')).not.toHaveAttribute('inert');
  await page.evaluate(() => window.history.pushState(window.history.state, '', '/formations'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Formations');
  await page.evaluate(() => {
    (window as unknown as { counts: string[] }).counts = [];
    window.history.pushState(window.history.state, '', '/metiers?q=vignes');
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Métiers');
  await page.waitForTimeout(500);
  const again = (await page.evaluate(() => (window as unknown as { counts: string[] }).counts)).filter(
    (count) => /métier/.test(count),
  );
  expect(again).toHaveLength(1);
  expect(again[0]).toMatch(/^[1-9]\d? métiers?$/);
});

test('a fiche found by its text says where: « Trouvé dans »', async ({ page }) => {
  await page.goto('/metiers?q=orthodontistes');
  const card = page
    .locator('article')
    .filter({ has: page.getByRole('link', { name: 'prothésiste dentaire', exact: true }) });
  await expect(card.getByText(/^Trouvé dans :/)).toBeVisible();
  // A fiche found by its title says nothing of the kind.
  await page.goto('/metiers?q=vétérinaire');
  const vet = page
    .locator('article')
    .filter({ has: page.getByRole('link', { name: 'vétérinaire', exact: true }) });
  await expect(vet).toBeVisible();
  await expect(vet.getByText(/Trouvé dans/)).toHaveCount(0);
  await expectAccessible(page);
});

test('the words students type: « véto » finds « vétérinaire » first, « but info » BUT formations', async ({
  page,
}) => {
  await page.goto('/metiers?q=véto');
  await expect(page.locator('ul[aria-label="Résultats"] h2').first()).toHaveText('vétérinaire');
  await page.goto('/formations?q=but%20info');
  const titles = page.locator('ul[aria-label="Résultats"] h2');
  await expect(titles.first()).toHaveText(/^BUT informatique/);
});

test('the header search shows métiers and formations side by side, formations first for a diploma', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/recherche?q=bts%20informatique');
  const formations = page.getByRole('heading', { level: 2, name: /^Formations \(\d+\)$/ });
  const metiers = page.getByRole('heading', { level: 2, name: /^Métiers \(\d+\)$/ });
  await expect(formations).toBeVisible();
  await expect(metiers).toBeVisible();
  const [f, m] = [(await formations.boundingBox())!, (await metiers.boundingBox())!];
  // Side by side, formations on the left (first in reading order).
  expect(Math.abs(f.y - m.y)).toBeLessThan(5);
  expect(f.x).toBeLessThan(m.x);
  await expect(page.getByRole('link', { name: /^Voir les \d+ métiers$/ })).toBeVisible();
  // A query that names no diploma: métiers first.
  await page.goto('/recherche?q=informatique');
  const first = page.getByRole('heading', { level: 2 }).first();
  await expect(first).toHaveText(/^Métiers/);
  // On a phone, one above the other.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/recherche?q=bts%20informatique');
  const [f2, m2] = [(await formations.boundingBox())!, (await metiers.boundingBox())!];
  expect(f2.y).toBeLessThan(m2.y);
});
