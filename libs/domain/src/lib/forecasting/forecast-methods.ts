import { drift } from './drift';
import { holt, HOLT_MIN_HISTORY } from './holt';
import { holtWinters } from './holt-winters';
import { type Insufficient } from './insufficient';
import { naive } from './naive';
import { seasonalNaive } from './seasonal-naive';

/** A point forecaster: monthly history oldest first in, `horizon` monthly forecasts out (or why not). */
export type PointMethod = (history: readonly number[], horizon: number) => number[] | Insufficient;

export type ForecastMethodId = 'NAIVE' | 'SEASONAL_NAIVE' | 'DRIFT' | 'HOLT' | 'DAMPED_HOLT' | 'HOLT_WINTERS';

export interface ForecastMethod {
  readonly id: ForecastMethodId;
  /** Fewest months of history the method forecasts from; shorter histories return Insufficient. */
  readonly minHistory: number;
  readonly forecast: PointMethod;
}

/** The methods by stable id (stored with saved forecasts and backtests, so never renamed). Season = 12 months. */
export const FORECAST_METHODS: Readonly<Record<ForecastMethodId, ForecastMethod>> = {
  NAIVE: { id: 'NAIVE', minHistory: 1, forecast: naive },
  SEASONAL_NAIVE: { id: 'SEASONAL_NAIVE', minHistory: 12, forecast: (h, k) => seasonalNaive(h, k, 12) },
  DRIFT: { id: 'DRIFT', minHistory: 2, forecast: drift },
  HOLT: { id: 'HOLT', minHistory: HOLT_MIN_HISTORY, forecast: (h, k) => holt(h, k) },
  DAMPED_HOLT: {
    id: 'DAMPED_HOLT',
    minHistory: HOLT_MIN_HISTORY,
    forecast: (h, k) => holt(h, k, { damped: true }),
  },
  HOLT_WINTERS: { id: 'HOLT_WINTERS', minHistory: 24, forecast: (h, k) => holtWinters(h, k, { period: 12 }) },
};
