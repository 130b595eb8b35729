import { type BacktestResult } from './backtest.types';
import { type PointMethod } from './forecast-methods';
import { type Insufficient, insufficient, isInsufficient } from './insufficient';
import { naive } from './naive';
import { rollingOriginBacktest } from './rolling-origin-backtest';

function resultOf(result: BacktestResult | Insufficient): BacktestResult {
  if (isInsufficient(result)) throw new Error(result.message);
  return result;
}

describe('rollingOriginBacktest', () => {
  const line = [10, 20, 30, 40, 50, 60];

  it('should score each origin on the h-th month when the target is MONTH', () => {
    const { points, summary } = resultOf(rollingOriginBacktest(line, naive, { minTrain: 3, horizon: 1 }));
    expect(points.map((p) => [p.origin, p.forecast, p.actual, p.error])).toEqual([
      [3, 30, 40, 10],
      [4, 40, 50, 10],
      [5, 50, 60, 10],
    ]);
    expect(summary).toMatchObject({ origins: 3, wape: 0.2, bias: -0.2 });
    expect(resultOf(rollingOriginBacktest(line, naive, { minTrain: 3, horizon: 2 })).points[0].actual).toBe(
      50,
    );
  });

  it('should score the sum of the next months when the target is SUM', () => {
    const { points } = resultOf(
      rollingOriginBacktest(line, naive, { minTrain: 3, horizon: 2, target: 'SUM' }),
    );
    expect(points.map((p) => [p.origin, p.forecast, p.actual])).toEqual([
      [3, 60, 90],
      [4, 80, 110],
    ]);
  });

  it('should build each interval from errors already known at its origin when scoring coverage', () => {
    // Origin 4 misses by 45; its interval may only use origins 1-3 (all exact), so it cannot cover it.
    const { points, summary } = resultOf(
      rollingOriginBacktest([5, 5, 5, 5, 50], naive, { minTrain: 1, horizon: 1, minErrors: 1 }),
    );
    expect(points.map((p) => p.interval)).toEqual([null, ...new Array(3).fill({ p10: 5, p50: 5, p90: 5 })]);
    expect(summary.coverage).toBeCloseTo(2 / 3, 12);
    expect(summary.intervals).toBe(3);
  });

  it('should wait for a whole horizon before using an error when the horizon is longer than a month', () => {
    const { points } = resultOf(
      rollingOriginBacktest(line, naive, { minTrain: 1, horizon: 2, minErrors: 1 }),
    );
    // Origin 1's error is known at origin 3 (1 + 2 <= 3), not at origin 2.
    expect(points.map((p) => p.interval !== null)).toEqual([false, false, true, true]);
  });

  it('should skip origins the method declines when its history is short', () => {
    const pickyNaive: PointMethod = (history, horizon) =>
      history.length < 4
        ? insufficient('SHORT_HISTORY', 4, history.length, 'short')
        : naive(history, horizon);
    const { points } = resultOf(rollingOriginBacktest(line, pickyNaive, { minTrain: 2, horizon: 1 }));
    expect(points.map((p) => p.origin)).toEqual([4, 5]);
  });

  it('should decline when no origin can be scored, and throw on a bad horizon', () => {
    const result = rollingOriginBacktest([1, 2, 3], naive, { minTrain: 3, horizon: 1 });
    expect(isInsufficient(result) && [result.reason, result.needed, result.available]).toEqual([
      'NO_BACKTEST_ORIGINS',
      4,
      3,
    ]);
    expect(() => rollingOriginBacktest(line, naive, { minTrain: 3, horizon: 0 })).toThrow(RangeError);
  });

  it('should leave coverage null when no origin had enough earlier errors', () => {
    expect(
      resultOf(rollingOriginBacktest(line, naive, { minTrain: 3, horizon: 1 })).summary.coverage,
    ).toBeNull();
  });

  it('should throw on a minTrain or horizon that is not a whole number of at least 1', () => {
    for (const options of [
      { minTrain: 0, horizon: 1 },
      { minTrain: 1.5, horizon: 1 },
      { minTrain: 3, horizon: 1.5 },
      { minTrain: 3, horizon: -1 },
    ]) {
      expect(() => rollingOriginBacktest(line, naive, options)).toThrow(
        'rollingOriginBacktest needs whole minTrain and horizon of at least 1',
      );
    }
    expect(isInsufficient(rollingOriginBacktest(line, naive, { minTrain: 1, horizon: 1 }))).toBe(false);
  });

  it('should say the series is too short, or that the method declined, whichever is true', () => {
    const never: PointMethod = (history) => insufficient('SHORT_HISTORY', 99, history.length, 'never');
    const short = rollingOriginBacktest([1, 2, 3], naive, { minTrain: 3, horizon: 1 });
    expect(isInsufficient(short) && short.message).toBe(
      'Backtest needs at least 4 months (minTrain + horizon), 3 available',
    );
    for (const series of [[1, 2, 3, 4], line]) {
      const declined = rollingOriginBacktest(series, never, { minTrain: 3, horizon: 1 });
      expect(isInsufficient(declined) && declined.message).toBe(
        'The method declined every origin: its own minimum history is longer than minTrain allows',
      );
    }
  });
});
