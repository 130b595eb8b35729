/**
 * Share of actuals inside their interval, ends included. A P10-P90 interval that is honest covers
 * about 0.8; far above means it is too wide to be useful, far below that it is overconfident.
 * Null when there is nothing to check.
 */
export function intervalCoverage(
  actual: readonly number[],
  lower: readonly number[],
  upper: readonly number[],
): number | null {
  if (lower.length !== actual.length || upper.length !== actual.length) {
    throw new RangeError('intervalCoverage needs one lower and one upper bound per actual');
  }
  if (actual.length === 0) return null;
  const inside = actual.filter((a, i) => a >= lower[i] && a <= upper[i]).length;
  return inside / actual.length;
}
