import { type Decimal } from 'decimal.js';

import { Dec } from './decimal';
import { formatAmount } from './format-amount';
import { type MeasureScope, type PlanMetric } from './plan-rules';
import { type StatementLine, type StatementLineKind } from './statement';

/** Where a line is computed: a segment of a statement, or a what-if (no segment). */
export interface LineContext {
  days: number;
  periodDays: number;
  segment: { rulesVersionId: string; fromDate: string; toDate: string } | null;
}

/** What a line computation found, before it is written out. */
export interface LineFacts {
  kind: StatementLineKind;
  measureKey: string | null;
  label: string;
  metric: PlanMetric;
  scope: MeasureScope;
  actual: Decimal | null;
  target: Decimal | null;
  tier: string;
  rate: Decimal;
  /** The factors multiplied, before proration; empty when the line pays nothing for `reason`. */
  factors: readonly string[];
  reason?: string;
  /** Commission is not: its revenue already belongs to the segment. */
  prorated: boolean;
  amountMinor: bigint;
}

/** Writes a line: attainment to 4 decimals, and a formula a rep can redo with a calculator. */
export function makeLine(context: LineContext, facts: LineFacts): StatementLine {
  const { days, periodDays, segment } = context;
  const partial = days < periodDays;
  const amount = formatAmount(facts.amountMinor);
  const factors = facts.prorated && partial ? [...facts.factors, `${days}/${periodDays}`] : facts.factors;
  let formula =
    facts.reason === undefined ? `${factors.join(' × ')} = ${amount}` : `${facts.reason} = ${amount}`;
  if (partial) {
    formula += facts.prorated
      ? ` (prorated ${days} of ${periodDays} days)`
      : ` (revenue won within ${days} of ${periodDays} days; not prorated)`;
  }
  const { actual, target } = facts;
  const attainment = actual !== null && target !== null && target.gt(0) ? actual.div(target) : null;
  return {
    kind: facts.kind,
    measureKey: facts.measureKey,
    label: facts.label,
    metric: facts.metric,
    scope: facts.scope,
    actual: actual === null ? null : actual.toFixed(),
    target: target === null ? null : target.toFixed(),
    attainment: attainment === null ? null : attainment.toFixed(4, Dec.ROUND_HALF_UP),
    tier: facts.tier,
    rate: facts.rate.toString(),
    prorationDays: days,
    periodDays,
    formula,
    amountMinor: facts.amountMinor.toString(),
    rulesVersionId: segment?.rulesVersionId ?? null,
    fromDate: segment?.fromDate ?? null,
    toDate: segment?.toDate ?? null,
  };
}
