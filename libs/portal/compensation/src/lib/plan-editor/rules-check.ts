import { type PlanRulesValidation, validatePlanRules } from '@salesops/domain';
import { type PlanRulesInput } from '@salesops/portal/data-access';

/**
 * The rules of the form checked by the engine's own validator, as the API checks them: the same JSON
 * (only the fields of the curve's kind), so a problem found here is the one the API would answer, at
 * the same path (`rules.measures.1.weight`; `rules` for the rules as a whole).
 */
export function checkRules(rules: PlanRulesInput): PlanRulesValidation {
  const bonus = rules.teamBonus;
  const validation = validatePlanRules({
    currency: rules.currency,
    targetVariableMinor: rules.targetVariableMinor,
    rounding: 'ROUND_HALF_UP',
    measures: rules.measures.map((m) => ({
      key: m.key,
      label: m.label,
      metric: m.metric,
      scope: m.scope,
      weight: m.weight,
      curve:
        m.curve.kind === 'COMMISSION'
          ? { kind: 'COMMISSION', rate: m.curve.rate ?? null }
          : {
              kind: 'TIERED',
              threshold: m.curve.threshold ?? null,
              tiers: (m.curve.tiers ?? []).map((tier) => ({ upTo: tier.upTo ?? null, rate: tier.rate })),
              cap: m.curve.cap ?? null,
            },
    })),
    ...(bonus
      ? {
          teamBonus: {
            amountMinor: bonus.amountMinor,
            threshold: bonus.threshold,
            ...(bonus.partialFrom ? { partialFrom: bonus.partialFrom } : {}),
            ...(bonus.metric ? { metric: bonus.metric } : {}),
          },
        }
      : {}),
  });
  if (validation.ok) return validation;
  return {
    ok: false,
    errors: validation.errors.map((e) => ({
      field: e.field ? `rules.${e.field}` : 'rules',
      message: e.message,
    })),
  };
}
