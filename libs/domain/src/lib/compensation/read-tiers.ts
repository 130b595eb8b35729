import { Dec } from './decimal';
import { type PlanTier } from './plan-rules';
import { RuleReader } from './rule-reader';

export const MAX_TIERS = 10;

/**
 * Reads a curve's tiers: each ends (`upTo`) above where the previous ended, only the last is open-ended
 * (null), so together they cover attainment 0 to ∞ without gap or overlap. Rates are never negative, so
 * the payout never falls as attainment grows.
 */
export function readTiers(reader: RuleReader, value: unknown, field: string): PlanTier[] | null {
  const items = reader.list(value, field, 1, MAX_TIERS);
  if (items === null) return null;
  let previous: string | null = '0';
  const tiers = items.map((item, index): PlanTier | null => {
    const at = RuleReader.path(field, index);
    const tier = reader.object(item, at, ['upTo', 'rate']);
    if (tier === null) return null;
    const rate = reader.decimal(tier['rate'], RuleReader.path(at, 'rate'), '0', '100');
    const last = index === items.length - 1;
    const upToField = RuleReader.path(at, 'upTo');
    let upTo: string | null = null;
    if (last && tier['upTo'] !== null) {
      reader.report(upToField, 'must be null: the last tier is open-ended');
    } else if (!last && tier['upTo'] === null) {
      reader.report(upToField, 'must be set: only the last tier is open-ended');
    } else if (!last) {
      upTo = reader.decimal(tier['upTo'], upToField, '0', '10', true);
      if (upTo !== null && previous !== null && new Dec(upTo).lte(previous)) {
        reader.report(upToField, `must be above ${previous}, where the previous tier ends`);
      }
      previous = upTo;
    }
    return rate === null ? null : { upTo, rate };
  });
  return tiers.every((tier) => tier !== null) ? (tiers as PlanTier[]) : null;
}
