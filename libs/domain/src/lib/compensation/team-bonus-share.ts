import { type Decimal } from 'decimal.js';

import { Dec } from './decimal';
import { formatPercent } from './format-percent';
import { type TeamBonusRule } from './plan-rules';

export interface TeamBonusShare {
  /** The share of the bonus paid, as numerator / denominator: the line divides only when it rounds. */
  numerator: Decimal;
  denominator: Decimal;
  tier: string;
  /** The share as a decimal, to 4 places, for the line's `rate`. */
  rate: Decimal;
  /** "100%", or "50% (95% between 90% and 100%)"; null when nothing is paid. */
  working: string | null;
  reason: string;
}

/**
 * The share of the team bonus at team attainment = actual / target (target > 0): all of it at or above
 * the threshold; from `partialFrom` up to the threshold (attainment − partialFrom) / (threshold −
 * partialFrom), so it grows linearly from 0 to all; otherwise none.
 */
export function teamBonusShare(bonus: TeamBonusRule, actual: Decimal, target: Decimal): TeamBonusShare {
  const threshold = new Dec(bonus.threshold);
  const attained = formatPercent(actual.div(target));
  if (actual.gte(threshold.times(target))) {
    const tier = `met ${formatPercent(threshold)}`;
    return {
      numerator: new Dec(1),
      denominator: new Dec(1),
      tier,
      rate: new Dec(1),
      working: '100%',
      reason: '',
    };
  }
  const from = bonus.partialFrom === undefined ? null : new Dec(bonus.partialFrom);
  if (from === null || actual.lt(from.times(target))) {
    const reason = `team attainment ${attained} is below ${formatPercent(from ?? threshold)}`;
    const tier = `missed ${formatPercent(threshold)}`;
    return { numerator: new Dec(0), denominator: new Dec(1), tier, rate: new Dec(0), working: null, reason };
  }
  const numerator = actual.minus(from.times(target));
  const denominator = threshold.minus(from).times(target);
  const share = numerator.div(denominator);
  const between = `${attained} between ${formatPercent(from)} and ${formatPercent(threshold)}`;
  const tier = `partial ${formatPercent(from)}–${formatPercent(threshold)}`;
  const working = `${formatPercent(share)} (${between})`;
  return { numerator, denominator, tier, rate: share.toDecimalPlaces(4), working, reason: '' };
}
