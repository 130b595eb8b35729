import { type Decimal } from 'decimal.js';

import { Dec } from './decimal';

/**
 * A ratio as a percentage for people: 0.75 → "75%", 0.87345 → "87.35%", 1/3 → "33.33%". At most two
 * decimals by default, half-up, no trailing zeros; it is for reading only, amounts are never computed
 * from it. Rules diffs ask for 4, which shows any rule value (6 decimals of a ratio) exactly.
 */
export function formatPercent(ratio: Decimal.Value, decimals = 2): string {
  const percent = new Dec(ratio).times(100).toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
  return `${percent.toString()}%`;
}

/** A rate as a multiplier: "2" → "2x", "1.50" → "1.5x". */
export function formatMultiplier(rate: Decimal.Value): string {
  return `${new Dec(rate).toString()}x`;
}
