import { type ForecastMethodRowFragment, type ForecastQuery } from '@salesops/portal/data-access';

import { type ChartMonth, monthRange } from './fan-chart';
import { toNumber } from './forecast-format';

type Forecast = ForecastQuery['forecast'];

/** History months shown before the forecast: two years reads well at any width. */
export const SHOWN_HISTORY_MONTHS = 24;

/**
 * The chart's months for one method: the actuals, then the forecast months of the period, each with an
 * even share of what is still to be won (the period total less what was won before asOf). The API gives
 * period totals, not a monthly path, so an even share is the honest way to draw them per month.
 */
export function chartMonths(forecast: Forecast, method: ForecastMethodRowFragment | null): ChartMonth[] {
  const history = forecast.history.slice(-SHOWN_HISTORY_MONTHS);
  const periodEndMonth = previousMonth(forecast.periodEnd.slice(0, 7));
  const count = Math.max(1, forecast.forecastMonths);
  const forecastMonths = monthRange(shiftMonth(periodEndMonth, 1 - count), periodEndMonth);
  const first = history[0]?.month ?? forecastMonths[0];
  const known = new Map(history.map((h) => [h.month, toNumber(h.value)]));
  const wonToDate = toNumber(forecast.wonToDate) ?? 0;
  const share = (total: string | null | undefined) => {
    const value = toNumber(total);
    return value === null ? null : Math.max(0, value - wonToDate) / count;
  };
  const ahead = new Set(forecastMonths);
  return monthRange(first, periodEndMonth).map((month) =>
    ahead.has(month) && method
      ? {
          month,
          p10: share(method.p10),
          p50: share(method.p50),
          p90: share(method.p90),
          point: share(method.point),
        }
      : { month, actual: known.get(month) ?? null },
  );
}

function previousMonth(month: string): string {
  return shiftMonth(month, -1);
}

function shiftMonth(month: string, by: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
