import { commissionLine } from './commission-line';
import { type LineContext } from './make-line';
import { type PlanRules } from './plan-rules';
import { type MeasureInput, type StatementLine } from './statement';
import { teamBonusLine } from './team-bonus-line';
import { tieredLine } from './tiered-line';

/**
 * The lines one rules version pays in one context: a line per measure, in the plan's order, then the
 * team bonus when the plan has one. Rules must have passed `validatePlanRules`.
 */
export function planLines(
  rules: PlanRules,
  measures: Readonly<Record<string, MeasureInput>>,
  teamBonus: MeasureInput | undefined,
  context: LineContext,
): StatementLine[] {
  const lines = rules.measures.map((measure) => {
    // Own keys only: a measure keyed "constructor" must not read Object.prototype.constructor.
    const input = Object.hasOwn(measures, measure.key) ? measures[measure.key] : undefined;
    return measure.curve.kind === 'TIERED'
      ? tieredLine(rules, measure, measure.curve, input, context)
      : commissionLine(measure, measure.curve, input, context);
  });
  if (rules.teamBonus !== undefined) lines.push(teamBonusLine(rules.teamBonus, teamBonus, context));
  return lines;
}
