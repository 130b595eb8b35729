import {
  type BacktestPoint,
  type BacktestResult,
  type Insufficient,
  insufficient,
  intervalFromErrors,
  isInsufficient,
  type PointMethod,
  summarizeBacktest,
} from '@salesops/domain';

export interface WindowBacktestOptions {
  /** Months of history at the first origin. */
  readonly minTrain: number;
  /** Months between the origin and the scored window (a period that starts later than the next month). */
  readonly skip: number;
  /** Months in the scored window, summed. */
  readonly length: number;
  /** Errors needed before an origin gets a P10-P90 interval; defaults to 5 like the domain's backtest. */
  readonly minErrors?: number;
}

const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);

/**
 * The domain's rolling-origin backtest (rollingOriginBacktest) for a window that need not start at the
 * origin: from each origin t, forecast skip + length months and score the sum of the last `length` of
 * them. That is the shape of "FY2018 as of 2017-11-01" (skip Nov and Dec, sum twelve months). With
 * skip 0 it is the domain's SUM target, with length 1 its MONTH target; the spec checks both. Intervals
 * use only errors whose actuals were complete at the origin, as in the domain.
 */
export function windowBacktest(
  series: readonly number[],
  method: PointMethod,
  options: WindowBacktestOptions,
): BacktestResult | Insufficient {
  const { minTrain, skip, length, minErrors = 5 } = options;
  const horizon = skip + length;
  const points: BacktestPoint[] = [];
  for (let origin = minTrain; origin + horizon <= series.length; origin++) {
    const path = method(series.slice(0, origin), horizon);
    if (isInsufficient(path)) continue;
    const forecast = sum(path.slice(skip));
    const actual = sum(series.slice(origin + skip, origin + horizon));
    const known = points.filter((p) => p.origin + horizon <= origin).map((p) => p.error);
    const q = known.length >= minErrors ? intervalFromErrors(forecast, known) : null;
    const interval = q && { p10: q[0].value, p50: q[1].value, p90: q[2].value };
    points.push({ origin, forecast, actual, error: actual - forecast, interval });
  }
  if (points.length === 0) {
    const needed = minTrain + horizon;
    const message =
      series.length < needed
        ? `A backtest of this window needs at least ${needed} months of history, ${series.length} available`
        : `No origin leaves the method its own minimum history and a full window after it (${series.length} months)`;
    return insufficient('NO_BACKTEST_ORIGINS', needed, series.length, message);
  }
  return { points, summary: summarizeBacktest(points) };
}
