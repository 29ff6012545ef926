// Shared by the seeds and corpus tests of the pages drawn at build time.
import type { Page } from '@playwright/test';
import { expect } from './support';

/** The JavaScript never arrives: what a phone on a weak network shows in the meantime. */
export async function withoutScripts(page: Page) {
  await page.route('**/*.js', (route) => route.abort());
}

/**
 * Opens each address at the given size and checks that the app replaced the page drawn at
 * build time without any layout shift (the sum of the page's layout-shift entries is 0).
 */
export async function expectTakeoverWithoutShift(
  page: Page,
  viewport: { width: number; height: number },
  addresses: string[],
) {
  await page.setViewportSize(viewport);
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        w.shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const address of addresses) {
    await page.goto(address);
    await expect(page.locator('#root')).not.toHaveAttribute('inert');
    await expect(page.locator('#root')).not.toHaveAttribute('data-page');
    // Two frames after the takeover: any shift it caused has been reported.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts), address).toBe(0);
  }
}
