import { minorToDecimal } from '@salesops/domain';

import { MIN_TRAIN, recommendedMethod, type TimeSeriesForecast } from './time-series-forecast.util';

/** Money in minor units to decimal text (rounded to the cent); expected counts to 2 decimals. */
export function formatValue(metric: 'WON_REVENUE' | 'DEALS_WON', value: number): string {
  return metric === 'WON_REVENUE' ? minorToDecimal(BigInt(Math.round(value))) : value.toFixed(2);
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** Shared origins below which a ranking is reported as a weak signal. */
export const FEW_ORIGINS = 6;

/**
 * What the backtest says, in plain words: which method to trust and by how much compared with the naive
 * baselines, or why none can be trusted yet. Written for the forecast page and the API alike.
 */
export function backtestStatement(
  forecasts: readonly TimeSeriesForecast[],
  historyMonths: number,
  windowMonths: number,
): string {
  if (historyMonths === 0)
    return 'No deal closed before the as-of date: there is no history to forecast from.';
  const best = recommendedMethod(forecasts);
  const parts: string[] = [];
  if (!best?.ranking || best.ranking.wape === null) {
    parts.push(
      `Too little history to backtest any method: ${historyMonths} months, and a backtest of a ${windowMonths}-month window ` +
        `needs at least ${MIN_TRAIN + windowMonths} (so no method is recommended).`,
    );
  } else {
    const naive = forecasts.find((f) => f.id === 'NAIVE')?.ranking?.wape;
    const { origins, wape } = best.ranking;
    if (best.id === 'NAIVE' || best.ranking.beatsNaive === false) {
      parts.push(
        `No method beats the naive forecast (last month carried forward) in the backtest: naive's WAPE is ${percent(wape)} over ${origins} origins.`,
      );
    } else {
      parts.push(
        `${best.id} has been the most accurate: WAPE ${percent(wape)} over ${origins} backtest origins` +
          (naive !== null && naive !== undefined ? `, against ${percent(naive)} for naive.` : '.'),
      );
    }
    if (best.ranking.beatsSeasonalNaive === false) parts.push('It does not beat seasonal naive.');
    if (origins < FEW_ORIGINS) parts.push(`With ${origins} shared origins the ranking is a weak signal.`);
  }
  if (historyMonths < 12) {
    parts.push(
      `Seasonal methods need 12 months (seasonal naive) and 24 (Holt-Winters); the history has ${historyMonths}, so there is no seasonal baseline yet.`,
    );
  } else if (historyMonths < 24) {
    parts.push(`Holt-Winters needs 24 months of history; there are ${historyMonths}.`);
  }
  return parts.join(' ');
}
