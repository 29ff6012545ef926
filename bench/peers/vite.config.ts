// Builds the peers page (bench/peers/) into bench-results/peers-dist/, served under /bench-peers/.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/bench-peers/',
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '..', '..', 'bench-results', 'peers-dist'),
    emptyOutDir: true,
    // Readable profiles matter more than bytes here.
    minify: false,
  },
});
