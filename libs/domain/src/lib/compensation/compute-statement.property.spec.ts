import { addDays } from '../period';
import { computeStatement } from './compute-statement';
import { Dec } from './decimal';
import { type PlanMeasure, type PlanRules, type TieredCurve } from './plan-rules';
import { type Statement, type StatementLine, type StatementSegment } from './statement';
import { validatePlanRules } from './validate-plan-rules';
import { whatIf } from './what-if';

/** mulberry32: a tiny seeded PRNG, so any failure replays from its seed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
/** units / 10^decimals as exact decimal text: 1234 with 2 decimals → "12.34". */
const units = (value: number, decimals: number) => new Dec(value).div(10 ** decimals).toString();

function randomCurve(random: Random): TieredCurve {
  let end = 0;
  const count = int(random, 1, 5);
  const tiers = Array.from({ length: count }, (_, index) => {
    end += int(random, 1, 60);
    return { upTo: index === count - 1 ? null : units(end, 2), rate: units(int(random, 0, 400), 2) };
  });
  const cap = random() < 0.3 ? null : units(int(random, 1, 500), 2);
  return { kind: 'TIERED', threshold: units(int(random, 0, 100), 2), tiers, cap };
}

/** A valid plan: 1–4 tiered measures whose weights (in basis points) add up to 10,000, 0–2 commissions. */
function randomPlan(random: Random): PlanRules {
  const tieredCount = int(random, 1, 4);
  const cuts = Array.from({ length: tieredCount - 1 }, () => int(random, 0, 10000)).sort((a, b) => a - b);
  const bounds = [0, ...cuts, 10000];
  const measures: PlanMeasure[] = bounds.slice(1).map((bound, index) => ({
    key: `m${index}`,
    label: `Measure ${index}`,
    metric: random() < 0.5 ? 'WON_REVENUE' : 'DEALS_WON',
    scope: random() < 0.5 ? 'REP' : 'TEAM',
    weight: units(bound - bounds[index], 4),
    curve: randomCurve(random),
  }));
  for (let index = 0; index < int(random, 0, 2); index++) {
    const curve = { kind: 'COMMISSION', rate: units(int(random, 0, 2000), 4) } as const;
    measures.push({
      key: `c${index}`,
      label: `Commission ${index}`,
      metric: 'WON_REVENUE',
      scope: 'REP',
      weight: '0',
      curve,
    });
  }
  const threshold = int(random, 1, 200);
  const partialFrom = random() < 0.5 ? { partialFrom: units(int(random, 0, threshold - 1), 2) } : {};
  const teamBonus = {
    amountMinor: String(int(random, 0, 1e7)),
    threshold: units(threshold, 2),
    ...partialFrom,
  };
  const plan = {
    currency: 'USD',
    targetVariableMinor: String(int(random, 0, 1e9)),
    measures,
    rounding: 'ROUND_HALF_UP',
  };
  return (random() < 0.5 ? { ...plan, teamBonus } : plan) as PlanRules;
}

/** Attainments to try, sorted: random ones, and every boundary of the plan with a step either side. */
function attainments(random: Random, rules: PlanRules): string[] {
  const points = Array.from({ length: 8 }, () => new Dec(int(random, 0, 30000)).div(10000));
  const boundaries = rules.measures.flatMap((measure) =>
    measure.curve.kind === 'TIERED'
      ? [measure.curve.threshold, ...measure.curve.tiers.map((tier) => tier.upTo ?? '0')]
      : [],
  );
  if (rules.teamBonus) boundaries.push(rules.teamBonus.threshold, rules.teamBonus.partialFrom ?? '0');
  for (const boundary of boundaries)
    points.push(...[-1, 0, 1].map((step) => new Dec(boundary).plus(step / 10000)));
  const texts = points.filter((point) => point.gte(0)).map((point) => point.toString());
  return [...new Set(texts)].sort((a, b) => new Dec(a).cmp(b));
}

/** The textbook formula in floating point: an independent check of the exact engine, to within a unit. */
function floatPayout(rules: PlanRules, measure: PlanMeasure, attainment: number): number {
  const curve = measure.curve as TieredCurve;
  if (attainment < Number(curve.threshold)) return 0;
  let fraction = 0;
  let from = 0;
  for (const tier of curve.tiers) {
    const to = tier.upTo === null ? Infinity : Number(tier.upTo);
    fraction += Number(tier.rate) * Math.max(0, Math.min(attainment, to) - from);
    from = to;
  }
  if (curve.cap !== null) fraction = Math.min(fraction, Number(curve.cap));
  return Number(rules.targetVariableMinor) * Number(measure.weight) * fraction;
}

const sum = (lines: readonly StatementLine[]) =>
  lines.reduce((total, line) => total + BigInt(line.amountMinor), 0n);

describe('the payout engine over random plans', () => {
  // Thousands of plans, with fewer for the sweep, which computes each plan at some 30 attainments.
  const PLANS = 2000;
  const SWEPT_PLANS = 1000;

  it('should accept every generated plan when it is valid by construction', () => {
    const random = prng(1);
    for (let index = 0; index < PLANS; index++) {
      const plan = randomPlan(random);
      expect(validatePlanRules(plan)).toEqual({ ok: true, rules: plan });
    }
  });

  it('should never pay less as attainment grows, and agree with the float formula, when swept', () => {
    const random = prng(2);
    // Failures are collected and compared once: an expect per line would cost more than the engine.
    const failures: string[] = [];
    for (let index = 0; index < SWEPT_PLANS; index++) {
      const rules = randomPlan(random);
      const targets = Object.fromEntries(
        rules.measures.map((measure) => [measure.key, String(int(random, 1, 1e9))]),
      );
      let previous: StatementLine[] | null = null;
      for (const attainment of attainments(random, rules)) {
        const result = whatIf(rules, { repAttainment: attainment, teamAttainment: attainment, targets });
        const at = `plan ${index} (seed 2) at ${attainment}`;
        if (BigInt(result.totalMinor) !== sum(result.lines)) failures.push(`${at}: total is not the sum`);
        if (previous !== null && BigInt(result.totalMinor) < sum(previous))
          failures.push(`${at}: total fell`);
        result.lines.forEach((line, position) => {
          if (previous !== null && BigInt(line.amountMinor) < BigInt(previous[position].amountMinor)) {
            failures.push(
              `${at}: ${line.label} fell from ${previous[position].amountMinor} to ${line.amountMinor}`,
            );
          }
          if (line.kind !== 'MEASURE') return;
          const expected = floatPayout(rules, rules.measures[position], Number(attainment));
          if (Math.abs(Number(line.amountMinor) - expected) > 1) {
            failures.push(`${at}: ${line.label} paid ${line.amountMinor}, the float formula ${expected}`);
          }
        });
        previous = result.lines;
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it('should total the sum of its lines, and split a period without losing money, when segments vary', () => {
    const random = prng(3);
    const failures: string[] = [];
    for (let index = 0; index < PLANS; index++) {
      const rules = { v1: randomPlan(random), v2: randomPlan(random) };
      const periodDays = int(random, 28, 92);
      const cuts = [
        ...new Set(Array.from({ length: int(random, 0, 2) }, () => int(random, 1, periodDays - 1))),
      ].sort((a, b) => a - b);
      const bounds = [0, ...cuts, periodDays];
      const input = () => ({
        actual: String(int(random, 0, 2e9)),
        target: String(random() < 0.1 ? 0 : int(random, 1, 2e9)),
      });
      const inputs = Object.fromEntries(['m0', 'm1', 'm2', 'm3', 'c0', 'c1'].map((key) => [key, input()]));
      const teamBonus = input();
      const segments: StatementSegment[] = bounds.slice(1).map((bound, at) => ({
        // A plan change at each cut, or not.
        rulesVersionId: random() < 0.5 ? 'v1' : 'v2',
        fromDate: addDays('2024-01-01', bounds[at]),
        toDate: addDays('2024-01-01', bound),
        days: bound - bounds[at],
        periodDays,
        measures: inputs,
        teamBonus,
      }));
      const mixed = computeStatement(rules, { segments });
      if (BigInt(mixed.totalMinor) !== sum(mixed.lines)) failures.push(`plan ${index}: total is not the sum`);
      if (mixed.lines.some((line) => BigInt(line.amountMinor) < 0n)) failures.push(`plan ${index}: negative`);
      // One plan all period, split at the cuts or not: each prorated line rounds on its own, so the split
      // differs from the whole by at most half a unit per segment and line, plus half for the whole's own.
      // Commission is left out: it is not prorated, so each segment pays its own revenue.
      const split = segments.map((segment) => ({ ...segment, rulesVersionId: 'v1' }));
      const whole = { ...split[0], toDate: addDays('2024-01-01', periodDays), days: periodDays };
      const prorated = (statement: Statement) =>
        sum(statement.lines.filter((line) => line.kind !== 'COMMISSION'));
      const drift =
        prorated(computeStatement(rules, { segments: split })) -
        prorated(computeStatement(rules, { segments: [whole] }));
      const lines = BigInt(rules.v1.measures.length + (rules.v1.teamBonus ? 1 : 0));
      if (2n * (drift < 0n ? -drift : drift) > BigInt(split.length + 1) * lines) {
        failures.push(`plan ${index}: splitting the period moved ${drift} minor units`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
