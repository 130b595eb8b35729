import { checkHistory } from './check-history';
import { type Insufficient } from './insufficient';

/**
 * Seasonal naive: each future month repeats the same month of the last observed season,
 * y(T+h) = y(T+h-m(k+1)) with k = floor((h-1)/m), as in Hyndman's fpp3.
 */
export function seasonalNaive(
  history: readonly number[],
  horizon: number,
  period = 12,
): number[] | Insufficient {
  if (!Number.isInteger(period) || period < 1) throw new RangeError(`Seasonal naive: bad period ${period}`);
  const short = checkHistory(history, horizon, period, 'Seasonal naive');
  if (short) return short;
  const lastSeason = history.slice(history.length - period);
  return Array.from({ length: horizon }, (_, step) => lastSeason[step % period]);
}
