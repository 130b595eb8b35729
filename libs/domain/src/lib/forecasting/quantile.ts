import { quantileSorted } from 'simple-statistics';

/**
 * The p-quantile of values in any order, interpolated linearly between order statistics (type 7: the
 * default of numpy, R and Excel's PERCENTILE.INC), so finance can check a P10 in a spreadsheet.
 * Null for no values; p outside [0, 1] is a caller's bug and throws.
 */
export function quantile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile: p must be within [0, 1], got ${p}`);
  if (values.length === 0) return null;
  return quantileSorted(
    [...values].sort((a, b) => a - b),
    p,
  );
}
