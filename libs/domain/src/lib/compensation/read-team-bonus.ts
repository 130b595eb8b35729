import { Dec } from './decimal';
import { type TeamBonusRule } from './plan-rules';
import { RuleReader } from './rule-reader';

/**
 * Reads the team bonus: an amount, the team attainment that pays it whole (above 0, at most 10) and,
 * optionally, where a linear share starts (below the threshold, or the share would divide by zero).
 */
export function readTeamBonus(reader: RuleReader, value: unknown, field: string): TeamBonusRule | null {
  const at = (key: string) => RuleReader.path(field, key);
  const bonus = reader.object(value, field, ['amountMinor', 'threshold', 'partialFrom', 'metric']);
  if (bonus === null) return null;
  const amountMinor = reader.minor(bonus['amountMinor'], at('amountMinor'));
  const threshold = reader.decimal(bonus['threshold'], at('threshold'), '0', '10', true);
  const hasPartial = bonus['partialFrom'] !== undefined;
  const partialFrom = hasPartial ? reader.decimal(bonus['partialFrom'], at('partialFrom'), '0', '10') : null;
  if (partialFrom !== null && threshold !== null && new Dec(partialFrom).gte(threshold)) {
    reader.report(at('partialFrom'), `must be below the threshold of ${threshold}`);
  }
  const hasMetric = bonus['metric'] !== undefined;
  const metric = hasMetric
    ? reader.choice(bonus['metric'], at('metric'), ['WON_REVENUE', 'DEALS_WON', 'NEW_PIPELINE'] as const)
    : null;
  if (amountMinor === null || threshold === null || (hasPartial && partialFrom === null)) return null;
  if (hasMetric && metric === null) return null;
  return {
    amountMinor,
    threshold,
    ...(partialFrom === null ? {} : { partialFrom }),
    ...(metric === null ? {} : { metric }),
  };
}
