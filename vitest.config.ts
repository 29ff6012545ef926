import { defineConfig } from 'vitest/config';

// Unit tests exercise the plain modules directly: no app plugins needed.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
    // The compiler's timing tests collect garbage before each measure: the debt left by the
    // previous megabyte-long fiche otherwise lands on the next one and swamps its time.
    execArgv: ['--expose-gc'],
  },
});
