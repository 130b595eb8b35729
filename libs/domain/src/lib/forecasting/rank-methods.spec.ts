import { type BacktestResult } from './backtest.types';
import { FORECAST_METHODS, type ForecastMethodId } from './forecast-methods';
import { isInsufficient } from './insufficient';
import { type MethodBacktest, rankMethods } from './rank-methods';
import { rollingOriginBacktest } from './rolling-origin-backtest';

// A backtest whose origins forecast `forecast` against `actual` each.
function backtest(rows: [origin: number, forecast: number, actual: number][]): BacktestResult {
  const points = rows.map(([origin, forecast, actual]) => ({
    origin,
    forecast,
    actual,
    error: actual - forecast,
    interval: null,
  }));
  return {
    points,
    summary: { origins: points.length, wape: null, bias: null, coverage: null, intervals: 0 },
  };
}

describe('rankMethods', () => {
  const naive = backtest([
    [12, 90, 100],
    [13, 90, 100],
  ]);
  const seasonal = backtest([
    [12, 80, 100],
    [13, 80, 100],
  ]);

  it('should order by WAPE and flag methods that beat both baselines', () => {
    const holt = backtest([
      [12, 95, 100],
      [13, 105, 100],
    ]);
    const ranking = rankMethods([
      { id: 'NAIVE', result: naive },
      { id: 'SEASONAL_NAIVE', result: seasonal },
      { id: 'HOLT', result: holt },
    ]);
    expect(ranking.map((r) => [r.id, r.wape, r.beatsBaselines])).toEqual([
      ['HOLT', 0.05, true],
      ['NAIVE', 0.1, false],
      ['SEASONAL_NAIVE', 0.2, false],
    ]);
    expect(ranking[1]).toMatchObject({ beatsNaive: false, beatsSeasonalNaive: true });
  });

  it('should score every method on the origins they all share when one starts later', () => {
    // Holt-Winters has no origin 12; naive's bad origin 12 must not count against it.
    const naiveWithBadStart = backtest([
      [12, 0, 100],
      [13, 90, 100],
    ]);
    const holtWinters = backtest([[13, 95, 100]]);
    const ranking = rankMethods([
      { id: 'NAIVE', result: naiveWithBadStart },
      { id: 'HOLT_WINTERS', result: holtWinters },
    ]);
    expect(ranking.map((r) => [r.id, r.wape, r.origins])).toEqual([
      ['HOLT_WINTERS', 0.05, 1],
      ['NAIVE', 0.1, 1],
    ]);
  });

  it('should say null for the baseline test when a baseline is missing', () => {
    const [drift] = rankMethods([{ id: 'DRIFT', result: naive }]);
    expect(drift).toMatchObject({ beatsNaive: null, beatsSeasonalNaive: null, beatsBaselines: null });
  });

  it('should say false when one baseline is beaten and the other missing', () => {
    const ranking = rankMethods([
      { id: 'NAIVE', result: naive },
      { id: 'DRIFT', result: seasonal },
    ]);
    expect(ranking.find((r) => r.id === 'DRIFT')).toMatchObject({ beatsNaive: false, beatsBaselines: false });
  });

  it('should put methods without a WAPE last and return nothing for no methods', () => {
    const zero = backtest([[12, 5, 0]]);
    const ranking = rankMethods([
      { id: 'DRIFT', result: zero },
      { id: 'NAIVE', result: backtest([[12, 1, 2]]) },
    ]);
    expect(ranking.map((r) => r.id)).toEqual(['NAIVE', 'DRIFT']);
    expect(rankMethods([])).toEqual([]);
  });

  it('should put a seasonal method ahead of naive when quarters of a seasonal series are backtested', () => {
    const pattern = [40, 10, -20, -50, -30, 0, 20, 35, 15, -5, -25, 10];
    const series = Array.from(
      { length: 36 },
      (_, t) => 300 + 4 * t + 2 * pattern[t % 12] + ((t * 7) % 5) * 3,
    );
    const ids: ForecastMethodId[] = ['NAIVE', 'SEASONAL_NAIVE', 'HOLT_WINTERS'];
    const results = ids.map((id): MethodBacktest => {
      const result = rollingOriginBacktest(series, FORECAST_METHODS[id].forecast, {
        minTrain: 24,
        horizon: 3,
        target: 'SUM',
      });
      if (isInsufficient(result)) throw new Error(result.message);
      return { id, result };
    });
    const ranking = rankMethods(results);
    expect(ranking[0]).toMatchObject({ id: 'HOLT_WINTERS', beatsBaselines: true, origins: 10 });
    expect(ranking.map((r) => r.id).indexOf('NAIVE')).toBe(2);
  });

  it('should say false when the seasonal baseline is not beaten and the naive one is missing', () => {
    const ranking = rankMethods([
      { id: 'SEASONAL_NAIVE', result: naive },
      { id: 'DRIFT', result: seasonal },
    ]);
    expect(ranking.find((r) => r.id === 'DRIFT')).toMatchObject({
      beatsNaive: null,
      beatsSeasonalNaive: false,
      beatsBaselines: false,
    });
  });

  it('should say true only when both baselines are beaten', () => {
    const best = backtest([
      [12, 99, 100],
      [13, 99, 100],
    ]);
    const ranking = rankMethods([
      { id: 'NAIVE', result: naive },
      { id: 'SEASONAL_NAIVE', result: seasonal },
      { id: 'HOLT', result: best },
    ]);
    expect(ranking[0]).toMatchObject({
      id: 'HOLT',
      beatsNaive: true,
      beatsSeasonalNaive: true,
      beatsBaselines: true,
    });
  });

  it('should say null, not true, when naive is beaten and the seasonal baseline is missing', () => {
    const ranking = rankMethods([
      { id: 'NAIVE', result: seasonal },
      { id: 'DRIFT', result: naive },
    ]);
    expect(ranking.find((r) => r.id === 'DRIFT')).toMatchObject({
      beatsNaive: true,
      beatsSeasonalNaive: null,
      beatsBaselines: null,
    });
  });
});
