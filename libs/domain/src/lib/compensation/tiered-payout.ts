import { type Decimal } from 'decimal.js';

import { Dec } from './decimal';
import { formatMultiplier, formatPercent } from './format-percent';
import { type TieredCurve } from './plan-rules';

export interface TieredPayout {
  /** The payout fraction times the target, so that the line divides by the target only when it rounds. */
  scaledFraction: Decimal;
  tier: string;
  /** The marginal rate at this attainment: the tier's, or 0 below the threshold and at the cap. */
  rate: Decimal;
  /** How the fraction was built, for the formula: "(100% × 1 + 20% × 2 = 140%)", "200% (cap)". */
  working: string | null;
}

/**
 * The payout fraction of a tiered curve at attainment = actual / target (target > 0): nothing below the
 * threshold; at or above it, Σ tier rate × overlap(attainment, tier range) from attainment 0, like tax
 * brackets; then at most the cap. Everything is kept multiplied by the target, so it stays exact.
 */
export function tieredPayout(curve: TieredCurve, actual: Decimal, target: Decimal): TieredPayout {
  const zero = new Dec(0);
  if (actual.lt(new Dec(curve.threshold).times(target))) {
    return {
      scaledFraction: zero,
      tier: `below threshold ${formatPercent(curve.threshold)}`,
      rate: zero,
      working: null,
    };
  }
  let scaled = zero;
  let reached = 0;
  const parts: { share: Decimal; rate: Decimal }[] = [];
  curve.tiers.forEach((tier, index) => {
    const start = index === 0 ? zero : new Dec(curve.tiers[index - 1].upTo ?? 0).times(target);
    // Tiers that start above the attainment earn nothing; a boundary belongs to the tier it opens.
    if (actual.lt(start)) return;
    const end = tier.upTo === null ? actual : Dec.min(actual, new Dec(tier.upTo).times(target));
    const overlap = end.minus(start);
    scaled = scaled.plus(overlap.times(tier.rate));
    if (overlap.gt(0)) parts.push({ share: overlap.div(target), rate: new Dec(tier.rate) });
    reached = index;
  });
  if (curve.cap !== null && scaled.gte(new Dec(curve.cap).times(target))) {
    const cap = formatPercent(curve.cap);
    return {
      scaledFraction: new Dec(curve.cap).times(target),
      tier: `capped at ${cap}`,
      rate: zero,
      working: `${cap} (cap)`,
    };
  }
  const tier = curve.tiers[reached];
  const from = reached === 0 ? '0' : (curve.tiers[reached - 1].upTo ?? '0');
  const to = tier.upTo === null ? '∞' : formatPercent(tier.upTo);
  const label = `tier ${reached + 1}: ${formatPercent(from)}–${to}`;
  const fraction = formatPercent(scaled.div(target));
  // "87.34%" says enough when one tier at 1x paid; otherwise show each tier's share and rate.
  const plain = parts.length === 0 || (parts.length === 1 && parts[0].rate.eq(1));
  const terms = parts.map((part) => `${formatPercent(part.share)} × ${part.rate.toString()}`);
  const working = plain ? fraction : `(${terms.join(' + ')} = ${fraction})`;
  return {
    scaledFraction: scaled,
    tier: `${label} at ${formatMultiplier(tier.rate)}`,
    rate: new Dec(tier.rate),
    working,
  };
}
