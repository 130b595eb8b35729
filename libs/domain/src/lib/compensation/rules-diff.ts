import { describeCurve } from './describe-curve';
import { formatAmount } from './format-amount';
import { formatPercent } from './format-percent';
import { measureDiff } from './measure-diff';
import { METRIC_WORDS } from './metric-words';
import { type PlanMeasure, type PlanRules } from './plan-rules';
import { teamBonusDiff } from './team-bonus-diff';

/** A measure in words: "Team revenue (team won revenue, weight 25%, threshold 50%; …)". */
function describe(measure: PlanMeasure): string {
  const scope = measure.scope === 'REP' ? 'own' : 'team';
  const facts = [`${scope} ${METRIC_WORDS[measure.metric]}`, `weight ${formatPercent(measure.weight, 4)}`];
  return `${measure.label} (${facts.join(', ')}, ${describeCurve(measure.curve)})`;
}

/**
 * What a new version of a plan changes, in words, for the screen that asks a rep to acknowledge it
 * again: "Weight of Individual revenue: 75% → 70%", "Cap of Individual revenue: 200% → 250%". Measures
 * match by key; an empty list means the versions pay the same.
 */
export function rulesDiff(before: PlanRules, after: PlanRules): string[] {
  const changes: string[] = [];
  if (before.currency !== after.currency) changes.push(`Currency: ${before.currency} → ${after.currency}`);
  const [fromPay, toPay] = [BigInt(before.targetVariableMinor), BigInt(after.targetVariableMinor)];
  if (fromPay !== toPay) {
    changes.push(`Target variable pay: ${formatAmount(fromPay)} → ${formatAmount(toPay)}`);
  }
  const afterByKey = new Map(after.measures.map((measure) => [measure.key, measure]));
  const beforeKeys = new Set(before.measures.map((measure) => measure.key));
  for (const measure of before.measures) {
    const next = afterByKey.get(measure.key);
    changes.push(...(next ? measureDiff(measure, next) : [`Removed measure ${describe(measure)}`]));
  }
  for (const measure of after.measures) {
    if (!beforeKeys.has(measure.key)) changes.push(`Added measure ${describe(measure)}`);
  }
  changes.push(...teamBonusDiff(before.teamBonus, after.teamBonus));
  return changes;
}
