// The Chromium that the end-to-end tests and the benchmark drive: CHROMIUM_PATH, else Debian's
// build (Playwright cannot download its own on our CI machine), else (undefined) Playwright's own.
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM: string | undefined =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Flags this machine requires (no sandbox, no GPU) and that keep runs quiet and repeatable. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
