import { fitSmoothing } from './fit-smoothing';
import { forecastSmoothed } from './forecast-smoothed';
import * as holtSse from './holt-sse';

const PATTERN = [40, 10, -20, -50, -30, 0, 20, 35, 15, -5, -25, 10];

describe('fitSmoothing', () => {
  it('should fit a constant series exactly and forecast the constant', () => {
    const fit = fitSmoothing([50, 50, 50, 50, 50, 50, 50], { period: 0, damped: false });
    expect(fit.sse).toBeCloseTo(0, 6);
    forecastSmoothed(fit, 3).forEach((v) => expect(v).toBeCloseTo(50, 6));
  });

  it('should fit a pure linear trend exactly when the trend is not damped', () => {
    const line = Array.from({ length: 12 }, (_, t) => 200 + 15 * t);
    const fit = fitSmoothing(line, { period: 0, damped: false });
    expect(fit.sse).toBeCloseTo(0, 4);
    expect(forecastSmoothed(fit, 2)[1]).toBeCloseTo(200 + 15 * 13, 4);
  });

  it('should fit trend plus season exactly when the season is modelled', () => {
    const series = Array.from({ length: 36 }, (_, t) => 1000 + 10 * t + PATTERN[t % 12]);
    const fit = fitSmoothing(series, { period: 12, damped: false });
    expect(fit.sse).toBeCloseTo(0, 2);
    forecastSmoothed(fit, 12).forEach((v, h) => expect(v).toBeCloseTo(1000 + 10 * (36 + h) + PATTERN[h], 3));
  });

  it('should keep the parameters inside the region statsmodels searches when the data are noisy', () => {
    const noisy = Array.from({ length: 30 }, (_, t) => 100 + 3 * t + PATTERN[t % 12] + ((t * 7) % 5) * 4);
    const { alpha, beta, gamma, phi } = fitSmoothing(noisy, { period: 12, damped: true }).params;
    expect(alpha).toBeGreaterThanOrEqual(0);
    expect(alpha).toBeLessThanOrEqual(1);
    expect(beta).toBeLessThanOrEqual(alpha);
    expect(gamma).toBeLessThanOrEqual(1 - alpha + 1e-12);
    expect(phi).toBeGreaterThanOrEqual(0.8);
    expect(phi).toBeLessThanOrEqual(0.995);
  });

  it('should give the same fit when run twice on the same data', () => {
    const series = [12, 15, 11, 18, 21, 17, 25, 24, 30, 27];
    expect(fitSmoothing(series, { period: 0, damped: true })).toEqual(
      fitSmoothing(series, { period: 0, damped: true }),
    );
  });

  it('should score Holt through the array-free SSE and Holt-Winters through full runs', () => {
    const fast = jest.spyOn(holtSse, 'holtSseAtBestStates');
    try {
      fitSmoothing([12, 15, 11, 18, 21, 17, 25, 24, 30, 27], { period: 0, damped: false });
      const holtCalls = fast.mock.calls.length;
      expect(holtCalls).toBeGreaterThan(16);
      fitSmoothing([10, 20, 14, 24, 12, 22, 16, 26], { period: 2, damped: false });
      expect(fast.mock.calls.length).toBe(holtCalls);
    } finally {
      fast.mockRestore();
    }
  });
});
