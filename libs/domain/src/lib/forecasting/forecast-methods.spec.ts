import { FORECAST_METHODS, type ForecastMethodId } from './forecast-methods';
import { holt } from './holt';
import { isInsufficient } from './insufficient';

describe('FORECAST_METHODS', () => {
  const entries = Object.entries(FORECAST_METHODS) as [
    ForecastMethodId,
    (typeof FORECAST_METHODS)[ForecastMethodId],
  ][];

  it('should list the six methods under their stable ids', () => {
    expect(entries.map(([key]) => key).sort()).toEqual(
      ['DAMPED_HOLT', 'DRIFT', 'HOLT', 'HOLT_WINTERS', 'NAIVE', 'SEASONAL_NAIVE'].sort(),
    );
    entries.forEach(([key, method]) => expect(method.id).toBe(key));
  });

  it.each(entries)('should forecast at minHistory and decline one month short of it: %s', (_, method) => {
    const history = new Array(method.minHistory).fill(40);
    const forecast = method.forecast(history, 3);
    expect(isInsufficient(forecast) ? forecast : forecast.map((v) => Math.round(v * 1e6) / 1e6)).toEqual([
      40, 40, 40,
    ]);
    expect(isInsufficient(method.forecast(history.slice(1), 3))).toBe(true);
  });

  it('should damp the trend of DAMPED_HOLT and not of HOLT, as holt() with and without damping', () => {
    const rising = [100, 112, 119, 133, 141, 150, 166, 171, 180, 197, 205, 214];
    const damped = FORECAST_METHODS.DAMPED_HOLT.forecast(rising, 6);
    expect(damped).toEqual(holt(rising, 6, { damped: true }));
    expect(damped).not.toEqual(FORECAST_METHODS.HOLT.forecast(rising, 6));
  });
});
