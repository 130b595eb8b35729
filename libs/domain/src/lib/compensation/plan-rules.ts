/**
 * A compensation plan's rules, as stored (jsonb) and sent (GraphQL): plain JSON, so every rate and
 * attainment is a decimal string ("0.75") and every amount a string of minor units ("1000000"); nothing
 * is a float. Rules reach the engine only through `validatePlanRules`, which enforces the limits below.
 */

/** A goal metric: WON_REVENUE and NEW_PIPELINE in minor units, DEALS_WON a count. */
export type PlanMetric = 'WON_REVENUE' | 'DEALS_WON' | 'NEW_PIPELINE';

/** Whose result a measure reads: the rep's own, or their team's. */
export type MeasureScope = 'REP' | 'TEAM';

/** A bracket of the curve: from the previous tier's `upTo` (0 for the first) to its own, exclusive. */
export interface PlanTier {
  /** Attainment where the tier ends ("1.0"); null only on the last tier, which is open-ended. */
  upTo: string | null;
  /** Payout fraction earned per unit of attainment inside the tier ("2" pays 2% per 1% attained). */
  rate: string;
}

/** Pays a share of the measure's target incentive that grows with attainment, like tax brackets. */
export interface TieredCurve {
  kind: 'TIERED';
  /** Attainment below which nothing is paid; at or above it, the tiers pay from attainment 0. */
  threshold: string;
  tiers: PlanTier[];
  /** The most the measure pays, as a fraction of its target incentive ("2.0"); null for no cap. */
  cap: string | null;
}

/** Pays a flat rate on the won revenue measured in the segment; the measure's weight must be "0". */
export interface CommissionCurve {
  kind: 'COMMISSION';
  rate: string;
}

export type PlanCurve = TieredCurve | CommissionCurve;

export interface PlanMeasure {
  /** Stable across versions: statements, inputs and `rulesDiff` match measures by it. */
  key: string;
  label: string;
  metric: PlanMetric;
  scope: MeasureScope;
  /** Share of the target variable pay; the weights of tiered measures add up to exactly 1. */
  weight: string;
  curve: PlanCurve;
}

export interface TeamBonusRule {
  amountMinor: string;
  /** Team attainment at which the whole bonus is paid. */
  threshold: string;
  /** When set, team attainment from here up to `threshold` pays a linear share of the bonus. */
  partialFrom?: string;
  /** The team metric the attainment is read from; WON_REVENUE when absent. */
  metric?: PlanMetric;
}

/**
 * The only rounding rule: each line is rounded once, half-up (ROUND_HALF_UP) to the minor unit, and the
 * statement's total is the exact sum of the rounded lines. It is written in the rules so that a stored
 * version says which rule paid it.
 */
export type PlanRounding = 'ROUND_HALF_UP';

export interface PlanRules {
  /** ISO 4217 code of every amount in the plan. */
  currency: string;
  /** Target variable pay per pay period, in minor units. */
  targetVariableMinor: string;
  measures: PlanMeasure[];
  teamBonus?: TeamBonusRule;
  rounding: PlanRounding;
}
