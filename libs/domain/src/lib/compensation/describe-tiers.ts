import { Dec } from './decimal';
import { formatMultiplier, formatPercent } from './format-percent';
import { type PlanTier } from './plan-rules';

/**
 * Tiers in one line for people: "0%–100% at 1x, 100%–∞ at 2x". Percentages to 4 decimals, which show any
 * valid rule value exactly, so two different tier lists never read the same.
 */
export function describeTiers(tiers: readonly PlanTier[]): string {
  let from = new Dec(0);
  return tiers
    .map((tier) => {
      const to = tier.upTo === null ? '∞' : formatPercent(tier.upTo, 4);
      const text = `${formatPercent(from, 4)}–${to} at ${formatMultiplier(tier.rate)}`;
      from = new Dec(tier.upTo ?? 0);
      return text;
    })
    .join(', ');
}
