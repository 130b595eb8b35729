import { checkHistory } from './check-history';
import { fitSmoothing } from './fit-smoothing';
import { forecastSmoothed } from './forecast-smoothed';
import { type Insufficient } from './insufficient';

export interface HoltWintersOptions {
  /** Months in a season; 12 for yearly seasonality of monthly data. */
  readonly period?: number;
  readonly damped?: boolean;
}

/**
 * Additive Holt-Winters (additive trend, additive season), fitted by fitSmoothing. Needs two full
 * seasons: with one, each seasonal state is a single month and cannot be told apart from noise or trend.
 * Short histories get an Insufficient marker the UI can explain. Floored at 0 like the other methods.
 */
export function holtWinters(
  history: readonly number[],
  horizon: number,
  options: HoltWintersOptions = {},
): number[] | Insufficient {
  const period = options.period ?? 12;
  if (!Number.isInteger(period) || period < 2) throw new RangeError(`Holt-Winters: bad period ${period}`);
  const short = checkHistory(history, horizon, 2 * period, 'Holt-Winters');
  if (short) return short;
  const fit = fitSmoothing(history, { period, damped: options.damped ?? false });
  return forecastSmoothed(fit, horizon).map((value) => Math.max(0, value));
}
