// The compensation payout engine's public API: the same pure functions pay statements in the API and
// answer what-ifs in the browser.
export { type JsonValue } from './canonical-json';
export { computeStatement } from './compute-statement';
export { payoutCurve, type PayoutCurvePoint } from './payout-curve';
export {
  type CommissionCurve,
  type MeasureScope,
  type PlanCurve,
  type PlanMeasure,
  type PlanMetric,
  type PlanRounding,
  type PlanRules,
  type PlanTier,
  type TeamBonusRule,
  type TieredCurve,
} from './plan-rules';
export { MAX_TIERS } from './read-tiers';
export { ROUNDING_EXPLANATION } from './round-half-up';
export { type PlanRulesProblem } from './rule-reader';
export { rulesDiff } from './rules-diff';
export { rulesHash } from './rules-hash';
export {
  type MeasureInput,
  type Statement,
  type StatementInputs,
  type StatementLine,
  type StatementLineKind,
  type StatementSegment,
} from './statement';
export { MAX_MEASURES, type PlanRulesValidation, validatePlanRules } from './validate-plan-rules';
export { whatIf, type WhatIfScenario } from './what-if';
