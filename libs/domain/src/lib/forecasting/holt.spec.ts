import { holt } from './holt';
import { isInsufficient } from './insufficient';

function forecastOf(result: number[] | unknown): number[] {
  if (!Array.isArray(result)) throw new Error('expected a forecast');
  return result;
}

describe('holt', () => {
  it('should forecast the constant when the series is constant', () => {
    forecastOf(holt([80, 80, 80, 80, 80, 80], 4)).forEach((v) => expect(v).toBeCloseTo(80, 6));
  });

  it('should continue the line when the series is a pure linear trend', () => {
    const line = Array.from({ length: 10 }, (_, t) => 500 + 20 * t);
    forecastOf(holt(line, 3)).forEach((v, h) => expect(v).toBeCloseTo(500 + 20 * (10 + h), 4));
  });

  it('should bend below the line and flatten when the trend is damped', () => {
    const line = Array.from({ length: 10 }, (_, t) => 500 + 20 * t);
    const forecast = forecastOf(holt(line, 24, { damped: true }));
    expect(forecast[0]).toBeGreaterThan(line[9]);
    expect(forecast[23]).toBeLessThan(500 + 20 * 33);
    expect(forecast[23] - forecast[22]).toBeLessThan(forecast[1] - forecast[0]);
  });

  it('should floor at zero when the trend runs below it', () => {
    const falling = [50, 40, 30, 20, 10, 5];
    expect(Math.min(...forecastOf(holt(falling, 12)))).toBe(0);
  });

  it('should decline with the amounts when fewer than 6 months are known', () => {
    const result = holt([1, 2, 3, 4, 5], 3, { damped: true });
    expect(isInsufficient(result) && [result.reason, result.needed, result.available]).toEqual([
      'SHORT_HISTORY',
      6,
      5,
    ]);
    expect(isInsufficient(result) && result.message).toMatch(/^Damped Holt/);
  });

  it('should name plain Holt in the message when the undamped model lacks history', () => {
    const result = holt([1, 2], 1);
    expect(isInsufficient(result) && result.message).toMatch(/^Holt needs at least/);
  });
});
