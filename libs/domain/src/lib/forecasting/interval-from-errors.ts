import { quantile } from './quantile';

export interface QuantileForecast {
  /** The probability level, e.g. 0.1 for P10. */
  readonly level: number;
  readonly value: number;
}

/**
 * Empirical forecast quantiles: the point forecast plus the quantiles of the method's own backtest
 * errors (actual - forecast), so P50 also carries the method's typical bias.
 * Absolute errors, not ratios: a forecast or an actual of 0 is common for a rep's month and makes a
 * ratio undefined or explosive, absolute errors add up across months, and the backtest's recent
 * origins keep the scale current. Floored at 0 (revenue and counts cannot be negative), which keeps
 * the order; levels come back sorted, so P10 ≤ P50 ≤ P90 always. Null when there are no errors.
 */
export function intervalFromErrors(
  point: number,
  errors: readonly number[],
  levels: readonly number[] = [0.1, 0.5, 0.9],
): QuantileForecast[] | null {
  if (errors.length === 0) return null;
  return [...levels]
    .sort((a, b) => a - b)
    .map((level) => ({ level, value: Math.max(0, point + (quantile(errors, level) ?? 0)) }));
}
