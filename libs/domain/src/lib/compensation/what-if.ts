import { Dec } from './decimal';
import { planLines } from './plan-lines';
import { type PlanRules } from './plan-rules';
import { roundHalfUp, ROUNDING_EXPLANATION } from './round-half-up';
import { type MeasureInput, type Statement } from './statement';

export interface WhatIfScenario {
  /** Attainments as decimals ("0.95"), at most 6 decimals: the rep's for REP measures... */
  repAttainment: string;
  /** ...and the team's for TEAM measures and the team bonus. */
  teamAttainment: string;
  /** Targets by measure key: a commission pays on attainment × target, so without one it pays nothing. */
  targets?: Readonly<Record<string, string>>;
  /** The share of the period to pay, as in a segment; the whole period when absent. */
  days?: number;
  periodDays?: number;
}

const ATTAINMENT = /^\d{1,4}(\.\d{1,6})?$/;
const WHOLE = /^(0|[1-9]\d{0,17})$/;

/**
 * What the plan would pay at the given attainments, with the same lines and rounding as a statement.
 * Tiered measures and the team bonus work from the attainment alone (as actual over a target of 1), so
 * their lines carry no actual or target. Bad input is the caller's bug: it throws a RangeError.
 */
export function whatIf(rules: PlanRules, scenario: WhatIfScenario): Statement {
  const { repAttainment, teamAttainment, targets = {}, days = 1, periodDays = 1 } = scenario;
  const badAttainment = [repAttainment, teamAttainment].find((attainment) => !ATTAINMENT.test(attainment));
  if (badAttainment !== undefined) {
    throw new RangeError(`"${badAttainment}" is not an attainment like "0.95"`);
  }
  if (Object.values(targets).some((target) => !WHOLE.test(target))) {
    throw new RangeError('Targets must be whole numbers of at most 18 digits, written as text');
  }
  if (!Number.isInteger(days) || !Number.isInteger(periodDays) || days < 1 || days > periodDays) {
    throw new RangeError(`${days} of ${periodDays} days is not a share of a period`);
  }
  const measures: Record<string, MeasureInput> = {};
  for (const measure of rules.measures) {
    const attainment = measure.scope === 'REP' ? repAttainment : teamAttainment;
    const target = Object.hasOwn(targets, measure.key) ? targets[measure.key] : undefined;
    if (measure.curve.kind === 'TIERED') measures[measure.key] = { actual: attainment, target: '1' };
    // Measured revenue is a whole number of minor units, so the assumed one is too.
    else if (target !== undefined) {
      measures[measure.key] = { actual: roundHalfUp(new Dec(attainment).times(target)).toString(), target };
    }
  }
  const context = { days, periodDays, segment: null };
  const lines = planLines(rules, measures, { actual: teamAttainment, target: '1' }, context).map((line) =>
    line.kind === 'COMMISSION' ? line : { ...line, actual: null, target: null },
  );
  const total = lines.reduce((sum, line) => sum + BigInt(line.amountMinor), 0n);
  return { lines, totalMinor: total.toString(), currency: rules.currency, explanation: ROUNDING_EXPLANATION };
}
