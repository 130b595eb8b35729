import { type BacktestPoint, type BacktestSummary } from './backtest.types';
import { bias } from './bias';
import { intervalCoverage } from './interval-coverage';
import { wape } from './wape';

/**
 * WAPE and bias over all scored origins, and P10-P90 coverage over those that had an interval (an
 * origin without one is not a miss: it is too early to say). Exported so the API can summarise a
 * subset, e.g. the last twelve origins.
 */
export function summarizeBacktest(points: readonly BacktestPoint[]): BacktestSummary {
  const actuals = points.map((p) => p.actual);
  const forecasts = points.map((p) => p.forecast);
  const withInterval = points.flatMap((p) => (p.interval ? [{ actual: p.actual, ...p.interval }] : []));
  return {
    origins: points.length,
    wape: wape(actuals, forecasts),
    bias: bias(actuals, forecasts),
    coverage: intervalCoverage(
      withInterval.map((p) => p.actual),
      withInterval.map((p) => p.p10),
      withInterval.map((p) => p.p90),
    ),
    intervals: withInterval.length,
  };
}
