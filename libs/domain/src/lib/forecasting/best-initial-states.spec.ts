import { bestInitialStates } from './best-initial-states';
import { smoothSeries } from './smooth-series';

describe('bestInitialStates', () => {
  const params = { alpha: 0.3, beta: 0.1, gamma: 0.2, phi: 1 };

  it('should find the level and trend that fit a pure linear trend exactly', () => {
    const line = Array.from({ length: 10 }, (_, t) => 100 + 10 * t);
    const initial = bestInitialStates(line, params, 0);
    expect(initial.level).toBeCloseTo(90, 8);
    expect(initial.trend).toBeCloseTo(10, 8);
    expect(smoothSeries(line, params, initial).sse).toBeCloseTo(0, 8);
  });

  it('should find zero-sum seasonals when the series is trend plus a season', () => {
    const pattern = [30, -10, 5, -25];
    const series = Array.from({ length: 12 }, (_, t) => 100 + 5 * t + pattern[t % 4]);
    const initial = bestInitialStates(series, params, 4);
    expect(initial.level).toBeCloseTo(95, 6);
    expect(initial.trend).toBeCloseTo(5, 6);
    initial.seasonals.forEach((s, i) => expect(s).toBeCloseTo(pattern[i], 6));
  });

  it('should beat any other start when the series is noisy', () => {
    const series = [12, 15, 11, 18, 21, 17, 25, 24, 30, 27];
    const best = smoothSeries(series, params, bestInitialStates(series, params, 0)).sse;
    for (const [level, trend] of [
      [10, 1],
      [12, 2],
      [9, 2.5],
      [11, 1.8],
    ]) {
      expect(best).toBeLessThanOrEqual(smoothSeries(series, params, { level, trend, seasonals: [] }).sse);
    }
  });
});
