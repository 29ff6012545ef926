import tailwindcss from '@tailwindcss/vite';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { catalogDir } from './scripts/catalog-dir.ts';
import { CONTENT_SECURITY_POLICY } from './scripts/csp.ts';
import { siteOrigin } from './scripts/drawn-page.ts';
import { catalogPlugin } from './scripts/vite-plugin-catalog.ts';
import { prerenderPlugin } from './scripts/vite-plugin-prerender.ts';

// Only in the build: the development server needs inline scripts for hot reloading.
const contentSecurityPolicy: Plugin = {
  name: 'explorateur-metiers:csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
};

export default defineConfig({
  plugins: [
    // The router plugin must run before the React plugin.
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    tailwindcss(),
    catalogPlugin(catalogDir()),
    contentSecurityPolicy,
    prerenderPlugin(catalogDir(), {
      site: siteOrigin(process.env.SITE_URL),
      fiches: process.env.PRERENDER_FICHES !== '0',
    }),
    VitePWA({
      // The user chooses when to switch to a new version ("Mettre à jour"), see UpdatePrompt.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Explorateur des métiers',
        short_name: 'Métiers',
        description:
          "Trouver un métier et la formation qui y mène : les fiches de l'Onisep par centres d'intérêt, niveau et durée d'études, même hors connexion.",
        lang: 'fr',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#4338ca',
        background_color: '#f8fafc',
        categories: ['education'],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell and the whole catalogue (index and every chunk of fiches): any fiche
        // opens offline, even one never opened online. Code and data are precached together
        // and switch together, so new code never runs with old data or the reverse.
        globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}', 'catalog/*.json'],
        // …but not the page of each fiche drawn at build time (one per fiche: megabytes the data
        // already holds). Once installed, a fiche's address gets index.html from the precache,
        // online as offline, and the app draws the fiche from its data (precached too).
        globIgnores: ['metiers/**', 'formations/**'],
        // The index of a very large catalogue can pass Workbox's 2 MiB default.
        maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/catalog\//],
        cleanupOutdatedCaches: true,
        // On the first visit the service worker takes control at once, so the app works
        // offline without a reload. Updates still wait for the user (no skipWaiting).
        clientsClaim: true,
      },
    }),
  ],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
