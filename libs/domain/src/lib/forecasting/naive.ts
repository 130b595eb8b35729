import { checkHistory } from './check-history';
import { type Insufficient } from './insufficient';

/** Naive forecast: every future month equals the last observed month. */
export function naive(history: readonly number[], horizon: number): number[] | Insufficient {
  const short = checkHistory(history, horizon, 1, 'Naive');
  if (short) return short;
  const last = history[history.length - 1];
  return Array.from({ length: horizon }, () => last);
}
