import { type PlanRules, type Statement, validatePlanRules, whatIf } from '@salesops/domain';
import { type PlanRulesFieldsFragment } from '@salesops/portal/data-access';

import { shiftDecimal } from '../plans/decimal-text';

const PERCENT = /^\d{1,4}(\.\d{1,4})?$/;

/** The API's rules (nulls for absent fields) as the engine's, checked by the engine's own validator. */
export function engineRules(rules: PlanRulesFieldsFragment): PlanRules | null {
  // Field by field: Apollo adds __typename to every object, which the validator rightly refuses.
  const measures = rules.measures.map((measure) => ({
    key: measure.key,
    label: measure.label,
    metric: measure.metric,
    scope: measure.scope,
    weight: measure.weight,
    curve:
      measure.curve.kind === 'COMMISSION'
        ? { kind: 'COMMISSION', rate: measure.curve.rate }
        : {
            kind: 'TIERED',
            threshold: measure.curve.threshold,
            cap: measure.curve.cap,
            tiers: (measure.curve.tiers ?? []).map((tier) => ({ upTo: tier.upTo, rate: tier.rate })),
          },
  }));
  const bonus = rules.teamBonus;
  const teamBonus = bonus && {
    amountMinor: bonus.amountMinor,
    threshold: bonus.threshold,
    metric: bonus.metric,
    ...(bonus.partialFrom ? { partialFrom: bonus.partialFrom } : {}),
  };
  const validation = validatePlanRules({
    currency: rules.currency,
    targetVariableMinor: rules.targetVariableMinor,
    rounding: rules.rounding,
    measures,
    ...(teamBonus ? { teamBonus } : {}),
  });
  return validation.ok ? validation.rules : null;
}

/** "95" or "87.5" (percent, as typed) as the engine's attainment ("0.95"); null when it is not one. */
export function percentToAttainment(text: string): string | null {
  const trimmed = text.trim();
  return PERCENT.test(trimmed) ? shiftDecimal(trimmed, -2) : null;
}

/** The payout at the typed attainments, by the statements' engine; null while an input is not a percent. */
export function payoutAt(rules: PlanRules, repPercent: string, teamPercent: string): Statement | null {
  const repAttainment = percentToAttainment(repPercent);
  const teamAttainment = percentToAttainment(teamPercent);
  if (repAttainment === null || teamAttainment === null) return null;
  return whatIf(rules, { repAttainment, teamAttainment });
}
