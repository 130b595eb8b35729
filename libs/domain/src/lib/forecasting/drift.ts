import { checkHistory } from './check-history';
import { type Insufficient } from './insufficient';

/**
 * Random walk with drift (fpp3): y(T+h) = y(T) + h * (y(T) - y(1)) / (T - 1), the line through the
 * first and last months carried forward. Floored at 0, because won revenue and deal counts cannot be
 * negative and a falling line would otherwise cross zero.
 */
export function drift(history: readonly number[], horizon: number): number[] | Insufficient {
  const short = checkHistory(history, horizon, 2, 'Drift');
  if (short) return short;
  const last = history[history.length - 1];
  const slope = (last - history[0]) / (history.length - 1);
  return Array.from({ length: horizon }, (_, step) => Math.max(0, last + (step + 1) * slope));
}
