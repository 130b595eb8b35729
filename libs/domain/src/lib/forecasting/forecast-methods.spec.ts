import { FORECAST_METHODS, type ForecastMethodId } from './forecast-methods';
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
});
