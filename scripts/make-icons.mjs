// Renders the app icons (PNG) from SVG with Chromium: `node scripts/make-icons.mjs`.
// The PNGs are committed in public/icons/; run again only when the design changes.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve(import.meta.dirname, '..', 'public', 'icons');
const BRAND = '#4338ca';
// The diamond of the logo; `scale` keeps maskable icons inside the safe zone (80 % circle).
const svg = (scale, rounded) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect width="64" height="64" rx="${rounded ? 14 : 0}" fill="${BRAND}"/>
  <g transform="translate(32 32) scale(${scale}) translate(-32 -32)">
    <path d="M32 10 52 32 32 54 12 32Z" fill="#fff"/><path d="M32 22 42 32 32 42 22 32Z" fill="${BRAND}"/>
  </g></svg>`;

const icons = [
  ['icon-192.png', 192, svg(1, true)],
  ['icon-512.png', 512, svg(1, true)],
  ['icon-maskable-512.png', 512, svg(0.72, false)],
  ['apple-touch-icon.png', 180, svg(0.85, false)],
];

const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
for (const [name, size, markup] of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`,
  );
  await page.screenshot({ path: resolve(out, name), omitBackground: true });
  await page.close();
}
await browser.close();
