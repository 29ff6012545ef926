// Shared fixtures of the end-to-end tests: every page must load without a console error or an
// unhandled rejection, and pass axe's WCAG 2.1 AA rules.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export const test = base.extend<{ consoleErrors: string[]; expectedConsoleErrors: RegExp | null }>({
  /** Errors a test provokes on purpose (a failed download, a simulated bug): not failures. */
  expectedConsoleErrors: [null, { option: true }],
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use, testInfo) => {
      const errors: string[] = [];
      const record = (text: string) => {
        if (!expectedConsoleErrors?.test(text)) errors.push(text);
      };
      page.on('console', (message) => {
        if (message.type() === 'error') record(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => record(`page: ${error.message}`));
      // When a page never finishes loading, what did not arrive says why: kept with a failure.
      // Requests still pending when the test ends are listed apart: the page's closing then
      // aborts them (`net::ERR_ABORTED`), which says that time ran out, not that they failed
      // (the cause of « every fiche renders » stuck on « Chargement des fiches… », issue 17).
      const started = Date.now();
      const failed: string[] = [];
      const pending = new Map<unknown, string>();
      page.on('request', (request) => pending.set(request, `${Date.now() - started} ms: ${request.url()}`));
      page.on('requestfinished', (request) => pending.delete(request));
      page.on('requestfailed', (request) => {
        pending.delete(request);
        failed.push(`${Date.now() - started} ms: ${request.url()} ${request.failure()?.errorText ?? ''}`);
      });
      await use(errors);
      if (testInfo.status !== testInfo.expectedStatus) {
        if (failed.length > 0)
          await testInfo.attach('requests that failed', {
            body: failed.join('\n'),
            contentType: 'text/plain',
          });
        if (pending.size > 0)
          await testInfo.attach(
            `requests still pending when the test ended (${testInfo.status}, ${Date.now() - started} ms)`,
            {
              body: [...pending.values()].join('\n'),
              contentType: 'text/plain',
            },
          );
      }
      expect(errors, 'errors in the browser console').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const violations = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(violations).toEqual([]);
}

/** The count shown beside a facet option, found by the option's label. */
export async function facetCount(page: Page, legend: string, option: string): Promise<number> {
  const label = page
    .getByRole('group', { name: legend })
    .locator('label')
    .filter({ hasText: option })
    .first();
  const text = await label.locator('span').last().innerText();
  return Number(text);
}

export const resultCount = (page: Page) => page.getByRole('status').first();

/** Puts `raw` in the favourites' storage before the app starts, on the first load only. */
export async function seedStorage(context: BrowserContext, raw: string) {
  await context.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded') === null) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    ['explorateur-metiers:favoris', raw],
  );
}
