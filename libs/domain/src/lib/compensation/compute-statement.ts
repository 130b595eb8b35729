import { checkSegments } from './check-segments';
import { planLines } from './plan-lines';
import { type PlanRules } from './plan-rules';
import { ROUNDING_EXPLANATION } from './round-half-up';
import { type Statement, type StatementInputs } from './statement';

/**
 * A rep's statement for one pay period: each segment (a stretch under one rules version and team) pays
 * its lines prorated by its days; every line is rounded once, half-up to the minor unit, and the total is
 * the exact sum of the rounded lines, so a statement always adds up on paper.
 *
 * `rulesByVersion` holds the validated rules of every version the segments name.
 */
export function computeStatement(
  rulesByVersion: Readonly<Record<string, PlanRules>>,
  inputs: StatementInputs,
): Statement {
  const rulesBySegment = checkSegments(rulesByVersion, inputs.segments);
  const lines = inputs.segments.flatMap((segment, index) => {
    const { rulesVersionId, fromDate, toDate, days, periodDays } = segment;
    const context = { days, periodDays, segment: { rulesVersionId, fromDate, toDate } };
    return planLines(rulesBySegment[index], segment.measures, segment.teamBonus, context);
  });
  const total = lines.reduce((sum, line) => sum + BigInt(line.amountMinor), 0n);
  return {
    lines,
    totalMinor: total.toString(),
    currency: rulesBySegment[0].currency,
    explanation: ROUNDING_EXPLANATION,
  };
}
