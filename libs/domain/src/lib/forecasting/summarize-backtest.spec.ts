import { type BacktestPoint } from './backtest.types';
import { summarizeBacktest } from './summarize-backtest';

function point(forecast: number, actual: number, interval: [number, number] | null = null): BacktestPoint {
  const band = interval && { p10: interval[0], p50: forecast, p90: interval[1] };
  return { origin: 0, forecast, actual, error: actual - forecast, interval: band };
}

describe('summarizeBacktest', () => {
  it('should score all origins and cover only those with an interval when some have none', () => {
    const summary = summarizeBacktest([point(90, 100), point(10, 0, [0, 20]), point(60, 50, [55, 70])]);
    expect(summary).toEqual({ origins: 3, wape: 0.2, bias: 1 / 15, coverage: 0.5, intervals: 2 });
  });

  it('should give nulls when there are no points', () => {
    expect(summarizeBacktest([])).toEqual({
      origins: 0,
      wape: null,
      bias: null,
      coverage: null,
      intervals: 0,
    });
  });
});
