import { checkHistory } from './check-history';
import { fitSmoothing } from './fit-smoothing';
import { forecastSmoothed } from './forecast-smoothed';
import { type Insufficient } from './insufficient';

export interface HoltOptions {
  /** Damp the trend (φ fitted in [0.8, 0.995]) so long horizons level off instead of running away. */
  readonly damped?: boolean;
}

// Two initial states and up to three parameters: with fewer months than that the fit is exact and says nothing.
export const HOLT_MIN_HISTORY = 6;

/**
 * Holt's additive-trend method, fitted by fitSmoothing and forecast `horizon` months ahead. Floored at 0,
 * because won revenue and deal counts cannot be negative.
 */
export function holt(
  history: readonly number[],
  horizon: number,
  options: HoltOptions = {},
): number[] | Insufficient {
  const method = options.damped ? 'Damped Holt' : 'Holt';
  const short = checkHistory(history, horizon, HOLT_MIN_HISTORY, method);
  if (short) return short;
  const fit = fitSmoothing(history, { period: 0, damped: options.damped ?? false });
  return forecastSmoothed(fit, horizon).map((value) => Math.max(0, value));
}
