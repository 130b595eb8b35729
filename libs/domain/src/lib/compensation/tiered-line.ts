import { Dec } from './decimal';
import { formatAmount } from './format-amount';
import { formatPercent } from './format-percent';
import { type LineContext, makeLine } from './make-line';
import { type PlanMeasure, type PlanRules, type TieredCurve } from './plan-rules';
import { roundHalfUp } from './round-half-up';
import { type MeasureInput, type StatementLine } from './statement';
import { tieredPayout } from './tiered-payout';

/**
 * A tiered measure's line: target variable × weight × payout fraction × days / periodDays, rounded once.
 * The fraction comes multiplied by the target, so the line's only division is by target × periodDays.
 */
export function tieredLine(
  rules: PlanRules,
  measure: PlanMeasure,
  curve: TieredCurve,
  input: MeasureInput | undefined,
  context: LineContext,
): StatementLine {
  const { key: measureKey, label, metric, scope } = measure;
  const base = { kind: 'MEASURE', measureKey, label, metric, scope, prorated: true, factors: [] } as const;
  const actual = input ? new Dec(input.actual) : null;
  const target = input ? new Dec(input.target) : null;
  if (actual === null || target === null || target.isZero()) {
    const facts = {
      actual,
      target,
      tier: 'no goal',
      rate: new Dec(0),
      reason: 'no goal set',
      amountMinor: 0n,
    };
    return makeLine(context, { ...base, ...facts });
  }
  const { scaledFraction, tier, rate, working } = tieredPayout(curve, actual, target);
  if (working === null) {
    const attained = formatPercent(actual.div(target));
    const reason = `attainment ${attained} is below the threshold of ${formatPercent(curve.threshold)}`;
    return makeLine(context, { ...base, actual, target, tier, rate, reason, amountMinor: 0n });
  }
  const numerator = new Dec(rules.targetVariableMinor)
    .times(measure.weight)
    .times(scaledFraction)
    .times(context.days);
  const amountMinor = roundHalfUp(numerator, target.times(context.periodDays));
  const factors = [formatAmount(BigInt(rules.targetVariableMinor)), formatPercent(measure.weight), working];
  return makeLine(context, { ...base, actual, target, tier, rate, factors, amountMinor });
}
