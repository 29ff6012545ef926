import { defineConfig } from 'vitest/config';

// Unit tests exercise the plain modules directly: no app plugins needed.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
