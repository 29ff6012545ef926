import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../catalog/catalog';
import { salarySpread } from './salaries';

const withSalaries = (...salaries: (number | null)[]) =>
  salaries.map((salary) => ({ salary }) as CatalogEntry);

describe('the spread of starting salaries', () => {
  it('says nothing when no fiche states one', () => {
    expect(salarySpread(withSalaries(null, null))).toBeNull();
    expect(salarySpread([])).toBeNull();
  });

  it('gives the median, the range, the fiches without one and bars of 200 €', () => {
    const spread = salarySpread(withSalaries(1801, null, 2500, 1801, 1950, null, 2010))!;
    expect(spread).toMatchObject({ stated: 5, missing: 2, min: 1801, max: 2500, median: 1950 });
    expect(spread.bins).toEqual([
      { from: 1800, open: false, count: 3 },
      { from: 2000, open: false, count: 1 },
      { from: 2200, open: false, count: 0 },
      { from: 2400, open: false, count: 1 },
    ]);
  });

  it('takes the middle of two for an even count, and puts high salaries in one last bar', () => {
    const spread = salarySpread(withSalaries(3900, 4633, 9000, 4000))!;
    expect(spread.median).toBe(4317);
    expect(spread.bins).toEqual([
      { from: 3800, open: false, count: 1 },
      { from: 4000, open: true, count: 3 },
    ]);
  });
});
