/** Median of a list; null for an empty one. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Robust z-scores: (x - median) / (1.4826 * MAD), so one extreme rep does not hide the others the way
 * a mean and standard deviation would. When more than half the values are equal (MAD = 0) the mean
 * absolute deviation stands in (x 1.2533); when every value is equal all scores are 0.
 * |z| > 3.5 is the usual outlier cut (Iglewicz and Hoaglin).
 */
export function robustZScores(values: readonly number[]): number[] {
  const center = median(values);
  if (center === null) return [];
  const deviations = values.map((value) => Math.abs(value - center));
  const mad = median(deviations) ?? 0;
  if (mad > 0) return values.map((value) => (value - center) / (1.4826 * mad));
  const meanAbsolute = deviations.reduce((sum, d) => sum + d, 0) / values.length;
  if (meanAbsolute === 0) return values.map(() => 0);
  return values.map((value) => (value - center) / (1.2533 * meanAbsolute));
}

export const OUTLIER_Z = 3.5;

/**
 * Gini coefficient of non-negative shares: 0 when everyone has the same, towards 1 when one has all.
 * Null for an empty list or when all are zero (nothing was shared out).
 */
export function gini(values: readonly number[]): number | null {
  if (values.some((value) => value < 0)) throw new Error('Gini needs non-negative values');
  const total = values.reduce((sum, value) => sum + value, 0);
  if (values.length === 0 || total === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const weighted = sorted.reduce((sum, value, index) => sum + (index + 1) * value, 0);
  return (2 * weighted) / (sorted.length * total) - (sorted.length + 1) / sorted.length;
}

/**
 * How far shares fell from the shares intended: half the summed differences between each one's part of
 * `counts` and its part of `weights` (the total variation distance). 0 when every count is in proportion
 * to its weight, 1 when all went to those meant to get none: the part of the total that would have to
 * change hands for the counts to match the weights. Null when nothing was counted or nothing weighs.
 */
export function shareGap(counts: readonly number[], weights: readonly number[]): number | null {
  if (counts.length !== weights.length) throw new Error('shareGap needs one weight per count');
  if ([...counts, ...weights].some((value) => value < 0))
    throw new Error('shareGap needs non-negative values');
  const total = counts.reduce((sum, value) => sum + value, 0);
  const weight = weights.reduce((sum, value) => sum + value, 0);
  if (total === 0 || weight === 0) return null;
  return counts.reduce((sum, count, index) => sum + Math.abs(count / total - weights[index] / weight), 0) / 2;
}
