import { type PlanRules } from './plan-rules';
import { whatIf } from './what-if';

export interface PayoutCurvePoint {
  attainment: string;
  amountMinor: string;
}

/**
 * Points for the what-if chart: the full-period payout of one measure (by key), or of the whole plan
 * (null), at each attainment. For the whole plan, rep and team attain the same, team bonus included.
 * `targets` lets a commission measure pay (see `whatIf`).
 */
export function payoutCurve(
  rules: PlanRules,
  measureKey: string | null,
  attainments: readonly string[],
  targets?: Readonly<Record<string, string>>,
): PayoutCurvePoint[] {
  if (measureKey !== null && !rules.measures.some((measure) => measure.key === measureKey)) {
    throw new RangeError(`The plan has no measure "${measureKey}"`);
  }
  return attainments.map((attainment) => {
    const statement = whatIf(rules, { repAttainment: attainment, teamAttainment: attainment, targets });
    const amountMinor =
      measureKey === null
        ? statement.totalMinor
        : (statement.lines.find((line) => line.measureKey === measureKey)?.amountMinor ?? '0');
    return { attainment, amountMinor };
  });
}
