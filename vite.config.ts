import tailwindcss from '@tailwindcss/vite';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { catalogDir } from './scripts/catalog-dir.ts';
import { catalogPlugin } from './scripts/vite-plugin-catalog.ts';

export default defineConfig({
  plugins: [
    // The router plugin must run before the React plugin.
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    tailwindcss(),
    catalogPlugin(catalogDir()),
  ],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
