import { type Decimal } from 'decimal.js';

import { Dec } from './decimal';

/** The rounding rule in words, shown on every statement and what-if. */
export const ROUNDING_EXPLANATION =
  'Each line is computed exactly and rounded once, half-up to the minor unit (0.5 goes up); ' +
  'the total is the exact sum of the rounded lines.';

/**
 * Rounds numerator / denominator half-up to a whole number of minor units. Lines keep their one
 * division for this moment (attainment = actual / target and days / periodDays travel as numerator and
 * denominator), because an earlier division would round 1/3 and could turn an exact half into 0.4999…,
 * which would then round the wrong way. Integer division and remainder here are exact.
 */
export function roundHalfUp(numerator: Decimal, denominator: Decimal.Value = 1): bigint {
  const divisor = new Dec(denominator);
  if (numerator.lt(0) || divisor.lte(0)) {
    throw new RangeError(
      `Cannot round ${numerator.toString()} / ${divisor.toString()}: amounts are never negative`,
    );
  }
  const whole = numerator.divToInt(divisor);
  const remainder = numerator.minus(whole.times(divisor));
  const roundsUp = remainder.times(2).gte(divisor);
  return BigInt(whole.toFixed(0)) + (roundsUp ? 1n : 0n);
}
