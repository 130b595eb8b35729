import { backtestStatement, formatValue } from './forecast-statement.util';
import { forecastWindow } from './time-series-forecast.util';

describe('formatValue', () => {
  it('should round money to the cent and counts to 2 decimals', () => {
    expect(formatValue('WON_REVENUE', 123456.6)).toBe('1234.57');
    expect(formatValue('DEALS_WON', 12.345)).toBe('12.35');
  });
});

describe('backtestStatement', () => {
  it('should say so plainly when nothing has closed yet', () => {
    expect(backtestStatement([], 0, 3)).toMatch(/no history to forecast from/);
  });

  it('should say no method beats naive when naive ranks first', () => {
    // A random walk: the last value is the best guess.
    const walk = [100, 140, 90, 160, 80, 170, 60, 180, 50, 190];
    const forecasts = forecastWindow(walk, { skip: 0, length: 1 });
    const text = backtestStatement(forecasts, walk.length, 1);
    if (forecasts[0].id === 'NAIVE') expect(text).toMatch(/No method beats the naive forecast/);
    expect(text).toMatch(/Seasonal methods need 12 months .* the history has 10/);
  });

  it('should name the most accurate method and its WAPE against naive on a clean trend', () => {
    const line = Array.from({ length: 14 }, (_, i) => 100 + 10 * i);
    const text = backtestStatement(forecastWindow(line, { skip: 0, length: 1 }), 14, 1);
    expect(text).toMatch(
      /^(DRIFT|HOLT|DAMPED_HOLT) has been the most accurate: WAPE \d+\.\d% over \d+ backtest origins, against \d+\.\d% for naive\./,
    );
    expect(text).toMatch(/Holt-Winters needs 24 months of history; there are 14/);
  });

  it('should say how much history a backtest needs when there is too little', () => {
    expect(backtestStatement(forecastWindow([1, 2, 3, 4], { skip: 0, length: 3 }), 4, 3)).toMatch(
      /Too little history to backtest any method: 4 months, and a backtest of a 3-month window needs at least 6/,
    );
  });
});
