import { type BacktestOptions, type BacktestPoint, type BacktestResult } from './backtest.types';
import { type PointMethod } from './forecast-methods';
import { type Insufficient, insufficient, isInsufficient } from './insufficient';
import { intervalFromErrors } from './interval-from-errors';
import { summarizeBacktest } from './summarize-backtest';

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);

/**
 * Rolling-origin evaluation (fpp3's time-series cross-validation): for each origin t from minTrain to
 * n - horizon, forecast from the first t months and score the horizon-th month or the sum of the next
 * `horizon` months against what happened. An origin's interval uses only errors of earlier origins whose
 * actuals were complete by t (origin + horizon ≤ t), so coverage is what the method would have shown
 * live, without look-ahead. Origins where the method declines (Insufficient) are skipped. Note that
 * SUM targets of neighbouring origins overlap, so their errors are not independent.
 */
export function rollingOriginBacktest(
  series: readonly number[],
  method: PointMethod,
  options: BacktestOptions,
): BacktestResult | Insufficient {
  const { minTrain, horizon, minErrors = 5 } = options;
  if (!Number.isInteger(minTrain) || minTrain < 1 || !Number.isInteger(horizon) || horizon < 1) {
    throw new RangeError('rollingOriginBacktest needs whole minTrain and horizon of at least 1');
  }
  const points: BacktestPoint[] = [];
  for (let origin = minTrain; origin + horizon <= series.length; origin++) {
    const path = method(series.slice(0, origin), horizon);
    if (isInsufficient(path)) continue;
    const window = series.slice(origin, origin + horizon);
    const [forecast, actual] =
      options.target === 'SUM' ? [sum(path), sum(window)] : [path[horizon - 1], window[horizon - 1]];
    const known = points.filter((p) => p.origin + horizon <= origin).map((p) => p.error);
    const q = known.length >= minErrors ? intervalFromErrors(forecast, known) : null;
    const interval = q && { p10: q[0].value, p50: q[1].value, p90: q[2].value };
    points.push({ origin, forecast, actual, error: actual - forecast, interval });
  }
  if (points.length === 0) {
    const needed = minTrain + horizon;
    const message =
      series.length < needed
        ? `Backtest needs at least ${needed} months (minTrain + horizon), ${series.length} available`
        : 'The method declined every origin: its own minimum history is longer than minTrain allows';
    return insufficient('NO_BACKTEST_ORIGINS', needed, series.length, message);
  }
  return { points, summary: summarizeBacktest(points) };
}
