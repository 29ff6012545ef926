// The starting salaries of a list of results, summed up for its chart: how they spread (a
// histogram), their median and range, and how many fiches state none.
import type { CatalogEntry } from '../catalog/catalog';

/** Bars of this many € (gross per month); amounts from TOP on share the last bar. */
export const BIN_WIDTH = 200;
const TOP = 4000;

export interface SalaryBin {
  /** The bar's first amount; its last is `from + BIN_WIDTH - 1`, or none for the last bar. */
  from: number;
  open: boolean;
  count: number;
}

export interface SalarySpread {
  /** How many results state an amount, and how many do not. */
  stated: number;
  missing: number;
  min: number;
  max: number;
  median: number;
  bins: SalaryBin[];
}

/** Null when no result states a salary. */
export function salarySpread(entries: readonly CatalogEntry[]): SalarySpread | null {
  const amounts: number[] = [];
  for (const e of entries) if (e.salary !== null) amounts.push(e.salary);
  if (amounts.length === 0) return null;
  amounts.sort((a, b) => a - b);
  const n = amounts.length;
  const middle = n >> 1;
  const median = n % 2 === 1 ? amounts[middle]! : Math.round((amounts[middle - 1]! + amounts[middle]!) / 2);
  const binOf = (amount: number) => Math.floor(Math.min(amount, TOP) / BIN_WIDTH) * BIN_WIDTH;
  const first = binOf(amounts[0]!);
  const last = binOf(amounts[n - 1]!);
  const bins: SalaryBin[] = [];
  for (let from = first; from <= last; from += BIN_WIDTH) bins.push({ from, open: from >= TOP, count: 0 });
  for (const amount of amounts) bins[(binOf(amount) - first) / BIN_WIDTH]!.count++;
  return { stated: n, missing: entries.length - n, min: amounts[0]!, max: amounts[n - 1]!, median, bins };
}
