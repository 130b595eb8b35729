import { holtWinters } from './holt-winters';
import { isInsufficient } from './insufficient';

const PATTERN = [40, 10, -20, -50, -30, 0, 20, 35, 15, -5, -25, 10];

function forecastOf(result: number[] | unknown): number[] {
  if (!Array.isArray(result)) throw new Error('expected a forecast');
  return result;
}

describe('holtWinters', () => {
  it('should repeat the season when the series is purely seasonal', () => {
    const series = Array.from({ length: 24 }, (_, t) => 500 + PATTERN[t % 12]);
    forecastOf(holtWinters(series, 12)).forEach((v, h) => expect(v).toBeCloseTo(500 + PATTERN[h], 3));
  });

  it('should carry trend and season on when the series is both', () => {
    const series = Array.from({ length: 30 }, (_, t) => 500 + 8 * t + PATTERN[t % 12]);
    forecastOf(holtWinters(series, 6)).forEach((v, h) =>
      expect(v).toBeCloseTo(500 + 8 * (30 + h) + PATTERN[(30 + h) % 12], 2),
    );
  });

  it('should forecast the constant when the series is constant', () => {
    forecastOf(holtWinters(new Array(24).fill(70), 3, { damped: true })).forEach((v) =>
      expect(v).toBeCloseTo(70, 4),
    );
  });

  it('should decline with the reason when there are fewer than two full seasons', () => {
    const result = holtWinters(new Array(23).fill(1), 3);
    expect(isInsufficient(result) && [result.reason, result.needed, result.available]).toEqual([
      'SHORT_HISTORY',
      24,
      23,
    ]);
    expect(isInsufficient(holtWinters([1, 2, 3, 4, 5, 6, 7], 1, { period: 4 }))).toBe(true);
    expect(isInsufficient(holtWinters([1, 2, 3, 4, 5, 6, 7, 8], 1, { period: 4 }))).toBe(false);
  });

  it('should throw when the period cannot hold a season', () => {
    expect(() => holtWinters([1, 2, 3], 1, { period: 1 })).toThrow(/period/);
  });

  it('should accept the shortest season, 2, and name Holt-Winters when the history is short', () => {
    const twoSeason = holtWinters([10, 20, 12, 22, 14, 24], 2, { period: 2 });
    expect(isInsufficient(twoSeason)).toBe(false);
    const short = holtWinters([10, 20, 12], 1, { period: 2 });
    expect(isInsufficient(short) && short.message).toBe(
      'Holt-Winters needs at least 4 months of history, 3 available',
    );
  });
});
