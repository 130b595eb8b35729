import { type PlanRules, whatIf } from '@salesops/domain';

export interface ChartPoint {
  /** Attainment, percent of goal. */
  readonly x: number;
  /** Payout, percent of what the series is measured against. */
  readonly y: number;
}

export interface ChartSeries {
  /** A measure's key; null for the whole plan. */
  readonly key: string | null;
  readonly label: string;
  /** COMMISSION: paid as a percent of the goal; otherwise of the target pay (or the measure's share). */
  readonly kind: 'TIERED' | 'COMMISSION' | 'PLAN';
  readonly points: readonly ChartPoint[];
}

// A notional goal for commission measures: they pay on revenue, so their curve is read as a share of it.
const NOTIONAL_GOAL = 100_000_000n;

function ratio(amount: bigint, base: bigint): number {
  return base === 0n ? 0 : (Number(amount) / Number(base)) * 100;
}

/**
 * The payout curve of a plan, run by the statements' engine (`whatIf`) at each attainment from 0 to
 * `maxPercent`, rep and team attaining alike: one series per measure (a tiered measure as a percent of
 * its share of the target pay, a commission as a percent of the goal), and, when the plan has tiered
 * measures or a team bonus, the whole plan as a percent of the target variable pay.
 */
export function payoutSeries(
  rules: PlanRules,
  wholePlanLabel: string,
  maxPercent = 200,
  stepPercent = 1,
): ChartSeries[] {
  const targets: Record<string, string> = {};
  for (const m of rules.measures)
    if (m.curve.kind === 'COMMISSION') targets[m.key] = NOTIONAL_GOAL.toString();
  const target = BigInt(rules.targetVariableMinor);
  const perMeasure = rules.measures.map(() => [] as ChartPoint[]);
  const whole: ChartPoint[] = [];
  for (let x = 0; x <= maxPercent; x += stepPercent) {
    const attainment = (x / 100).toString();
    const statement = whatIf(rules, { repAttainment: attainment, teamAttainment: attainment, targets });
    let paid = 0n;
    rules.measures.forEach((measure, index) => {
      const line = statement.lines.find((l) => l.measureKey === measure.key && l.kind !== 'TEAM_BONUS');
      const amount = BigInt(line?.amountMinor ?? '0');
      if (measure.curve.kind === 'COMMISSION') {
        perMeasure[index].push({ x, y: ratio(amount, NOTIONAL_GOAL) });
        return;
      }
      paid += amount;
      // The share in minor units × 10^6 keeps the weight's six decimals exact.
      const share = (target * BigInt(Math.round(Number(measure.weight) * 1_000_000))) / 1_000_000n;
      perMeasure[index].push({ x, y: ratio(amount, share) });
    });
    const bonus = statement.lines.find((l) => l.kind === 'TEAM_BONUS');
    whole.push({ x, y: ratio(paid + BigInt(bonus?.amountMinor ?? '0'), target) });
  }
  const series: ChartSeries[] = rules.measures.map((measure, index) => ({
    key: measure.key,
    label: measure.label,
    kind: measure.curve.kind,
    points: perMeasure[index],
  }));
  const hasWhole = rules.teamBonus !== undefined || rules.measures.some((m) => m.curve.kind === 'TIERED');
  return hasWhole && target > 0n
    ? [{ key: null, label: wholePlanLabel, kind: 'PLAN', points: whole }, ...series]
    : series;
}

/** The top of the chart's payout axis: a round 50% step above the highest point, at least 100%. */
export function payoutAxisMax(series: readonly ChartSeries[]): number {
  const highest = Math.max(100, ...series.flatMap((s) => s.points.map((p) => p.y)));
  return Math.ceil(highest / 50) * 50;
}
