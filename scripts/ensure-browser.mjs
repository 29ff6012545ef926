// Before the end-to-end tests: a Chromium to drive. CHROMIUM_PATH, else Debian's
// /usr/bin/chromium, else Playwright's own browser, downloaded here on a fresh machine.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(system) && !existsSync(chromium.executablePath())) {
  console.error(`Chromium introuvable (${system}) : installation du navigateur de Playwright…`);
  execSync('npx playwright install chromium', { stdio: 'inherit' });
}
