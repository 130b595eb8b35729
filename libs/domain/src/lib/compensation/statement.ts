import { type MeasureScope, type PlanMetric } from './plan-rules';

/** What was measured against what was asked: integers as strings (minor units, or a count). */
export interface MeasureInput {
  actual: string;
  /** "0", or no input at all, means no goal was set: the line pays nothing and says so. */
  target: string;
}

/**
 * A stretch of the pay period during which one rules version and one team applied. A rep who changes
 * plan or team mid-period has several segments; each pays its lines times days / periodDays.
 */
export interface StatementSegment {
  rulesVersionId: string;
  /** Inclusive, YYYY-MM-DD. */
  fromDate: string;
  /** Exclusive, like every period's end. */
  toDate: string;
  days: number;
  periodDays: number;
  /**
   * By measure key. For a COMMISSION measure, `actual` is the revenue won within this segment's dates:
   * commission is not prorated, since the revenue already belongs to the segment.
   */
  measures: Readonly<Record<string, MeasureInput>>;
  /** The team's result on the team bonus metric, when the plan has a team bonus. */
  teamBonus?: MeasureInput;
}

export interface StatementInputs {
  segments: StatementSegment[];
}

export type StatementLineKind = 'MEASURE' | 'COMMISSION' | 'TEAM_BONUS';

export interface StatementLine {
  kind: StatementLineKind;
  /** Null on the team bonus line. */
  measureKey: string | null;
  label: string;
  metric: PlanMetric;
  scope: MeasureScope;
  /** Null in a what-if, which works from attainments, and when no input was given. */
  actual: string | null;
  target: string | null;
  /** actual / target to 4 decimals ("0.8734"); null when there is no goal. */
  attainment: string | null;
  /** "below threshold 50%", "tier 2: 100%–∞ at 2x", "capped at 200%", "no goal"... */
  tier: string;
  /** The tier's marginal rate, the commission rate, or the share of the team bonus paid. */
  rate: string;
  prorationDays: number;
  periodDays: number;
  /** The computation with its numbers, percentages to 2 decimals: "10,000.00 × 75% × 87.34% = 6,550.50". */
  formula: string;
  amountMinor: string;
  /** The segment the line belongs to; null in a what-if. */
  rulesVersionId: string | null;
  fromDate: string | null;
  toDate: string | null;
}

export interface Statement {
  lines: StatementLine[];
  /** Exactly the sum of the lines' amounts. */
  totalMinor: string;
  currency: string;
  /** How the amounts were rounded, in words for the statement's reader. */
  explanation: string;
}
