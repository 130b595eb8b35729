import { FORECAST_METHODS, intervalFromErrors, isInsufficient, rankMethods } from '@salesops/domain';

import { forecastWindow, recommendedMethod } from './time-series-forecast.util';
import { windowBacktest } from './window-backtest.util';

const TEN = [113, 72, 103, 134, 70, 105, 124, 73, 94, 113];

describe('forecastWindow', () => {
  it('should answer the same inputs from its memo, and any change in them afresh', () => {
    const first = forecastWindow([...TEN], { skip: 0, length: 2 });
    expect(forecastWindow([...TEN], { skip: 0, length: 2 })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    const changed = [...TEN.slice(0, -1), TEN[TEN.length - 1] + 1];
    const other = forecastWindow(changed, { skip: 0, length: 2 });
    expect(other).not.toBe(first);
    expect(other.find((f) => f.id === 'NAIVE')?.point).toBe(2 * (TEN[TEN.length - 1] + 1));
    expect(forecastWindow([...TEN], { skip: 1, length: 2 })).not.toBe(first);
    expect(forecastWindow([...TEN], { skip: 0, length: 2, levels: [0.5] })).not.toBe(first);
  });

  it('should give each method the sum of its window and quantiles from its own backtest errors', () => {
    const forecasts = forecastWindow(TEN, { skip: 0, length: 3 });
    const naive = forecasts.find((f) => f.id === 'NAIVE');
    expect(naive?.point).toBe(339);
    const backtest = windowBacktest(TEN, FORECAST_METHODS.NAIVE.forecast, {
      minTrain: 3,
      skip: 0,
      length: 3,
    });
    if (isInsufficient(backtest)) throw new Error(backtest.message);
    const expected =
      intervalFromErrors(
        339,
        backtest.points.map((p) => p.error),
      ) ?? [];
    expect([...(naive?.quantiles?.entries() ?? [])]).toEqual(expected.map((q) => [q.level, q.value]));
    expect(naive?.backtest).toEqual(backtest.summary);
  });

  it('should put the ranked methods first in rankMethods order and recommend the first', () => {
    const forecasts = forecastWindow(TEN, { skip: 0, length: 1 });
    const backtests = (['NAIVE', 'DRIFT', 'HOLT', 'DAMPED_HOLT'] as const).map((id) => {
      const result = windowBacktest(TEN, FORECAST_METHODS[id].forecast, { minTrain: 3, skip: 0, length: 1 });
      if (isInsufficient(result)) throw new Error(result.message);
      return { id, result };
    });
    const order = rankMethods(backtests).map((r) => r.id);
    expect(forecasts.map((f) => f.id)).toEqual([...order, 'SEASONAL_NAIVE', 'HOLT_WINTERS']);
    expect(recommendedMethod(forecasts)?.id).toBe(order[0]);
  });

  it('should say why a method has no forecast when the history is too short for it', () => {
    const seasonal = forecastWindow(TEN, { skip: 0, length: 1 }).find((f) => f.id === 'SEASONAL_NAIVE');
    expect(seasonal).toMatchObject({ point: null, quantiles: null, ranking: null });
    expect(seasonal?.notes).toEqual([
      {
        key: 'history.short',
        params: { method: 'SEASONAL_NAIVE', needed: 12, available: 10 },
        text: 'Seasonal naive needs at least 12 months of history, 10 available.',
      },
    ]);
  });

  it('should recommend nothing when no method could be backtested', () => {
    const forecasts = forecastWindow([5, 6], { skip: 0, length: 3 });
    expect(recommendedMethod(forecasts)).toBeNull();
    expect(forecasts.find((f) => f.id === 'NAIVE')?.point).toBe(18);
  });
});
