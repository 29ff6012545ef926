import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM_FLAGS, SYSTEM_CHROMIUM } from './e2e/chromium';

const corpusDir = process.env.CORPUS_DIR ?? resolve(import.meta.dirname, '..', 'shared', 'corpus');
const hasCorpus = existsSync(corpusDir);

const launchOptions = { executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_FLAGS };

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    ...devices['Desktop Chrome'],
    locale: 'fr-FR',
    launchOptions,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'seeds', testIgnore: /corpus\..*\.spec\.ts/, use: { baseURL: 'http://localhost:4173' } },
    ...(hasCorpus
      ? [{ name: 'corpus', testMatch: /corpus\..*\.spec\.ts/, use: { baseURL: 'http://localhost:4174' } }]
      : []),
  ],
  webServer: [
    // `npm test` builds dist/ from seeds/ before the end-to-end tests.
    {
      command: 'npx vite preview --port 4173 --strictPort',
      url: 'http://localhost:4173',
      reuseExistingServer: !process.env.CI,
    },
    ...(hasCorpus
      ? [
          {
            command: `node scripts/build-corpus.mjs && npx vite preview --outDir dist-corpus --port 4174 --strictPort`,
            url: 'http://localhost:4174',
            timeout: 180_000,
            reuseExistingServer: !process.env.CI,
            env: { CORPUS_DIR: corpusDir },
          },
        ]
      : []),
  ],
});
