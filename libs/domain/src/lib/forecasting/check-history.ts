import { type Insufficient, insufficient } from './insufficient';

/**
 * Checks a point method's inputs. A bad horizon or a non-finite value is the caller's bug and throws;
 * a history shorter than `needed` is a fact about the data and comes back as Insufficient for the UI.
 */
export function checkHistory(
  history: readonly number[],
  horizon: number,
  needed: number,
  method: string,
): Insufficient | null {
  if (!Number.isInteger(horizon) || horizon < 0) {
    throw new RangeError(`${method}: horizon must be a whole number of months, got ${horizon}`);
  }
  if (history.some((value) => !Number.isFinite(value))) {
    throw new RangeError(`${method}: history must hold finite numbers only`);
  }
  if (history.length >= needed) return null;
  return insufficient(
    'SHORT_HISTORY',
    needed,
    history.length,
    `${method} needs at least ${needed} months of history, ${history.length} available`,
  );
}
