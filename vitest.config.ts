import { defineConfig } from 'vitest/config';

// The compiler's timing tests (1 MB lines, growing inputs) run alone, after the others: a test
// file running on the other core slows down megabyte-long allocations enough to blur the
// difference between linear and quadratic work they look for.
const TIMING = 'src/catalog/hostile.limits.test.ts';

// Unit tests exercise the plain modules directly: no app plugins needed.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: [TIMING], testTimeout: 60_000 } },
      {
        test: {
          name: 'timing',
          include: [TIMING],
          testTimeout: 60_000,
          sequence: { groupOrder: 1 },
          // Garbage is collected before each measure: the debt left by the previous
          // megabyte-long fiche otherwise lands on the next one and swamps its time.
          execArgv: ['--expose-gc'],
        },
      },
    ],
  },
});
