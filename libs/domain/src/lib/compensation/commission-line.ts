import { Dec } from './decimal';
import { formatAmount } from './format-amount';
import { formatPercent } from './format-percent';
import { type LineContext, makeLine } from './make-line';
import { type CommissionCurve, type PlanMeasure } from './plan-rules';
import { roundHalfUp } from './round-half-up';
import { type MeasureInput, type StatementLine } from './statement';

/**
 * A commission line: the revenue won × the flat rate, rounded once. Not prorated: the revenue given for a
 * segment is what was won within its dates, so scaling it by days would count the segment's share twice.
 * The target is optional; when there is one, the line shows the attainment too.
 */
export function commissionLine(
  measure: PlanMeasure,
  curve: CommissionCurve,
  input: MeasureInput | undefined,
  context: LineContext,
): StatementLine {
  const { key: measureKey, label, metric, scope } = measure;
  const base = {
    kind: 'COMMISSION',
    measureKey,
    label,
    metric,
    scope,
    prorated: false,
    factors: [],
  } as const;
  const rate = new Dec(curve.rate);
  if (input === undefined) {
    const facts = { actual: null, target: null, tier: 'no revenue measured', reason: 'no revenue measured' };
    return makeLine(context, { ...base, ...facts, rate, amountMinor: 0n });
  }
  const actual = new Dec(input.actual);
  const target = new Dec(input.target);
  const amountMinor = roundHalfUp(actual.times(rate));
  const factors = [formatAmount(BigInt(actual.toFixed())), formatPercent(rate)];
  return makeLine(context, {
    ...base,
    actual,
    target,
    tier: `flat ${formatPercent(rate)}`,
    rate,
    factors,
    amountMinor,
  });
}
