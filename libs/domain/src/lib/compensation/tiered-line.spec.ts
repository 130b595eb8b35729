import { type LineContext } from './make-line';
import { type PlanMeasure, type PlanRules, type TieredCurve } from './plan-rules';
import { tieredLine } from './tiered-line';

const STANDARD: TieredCurve = {
  kind: 'TIERED',
  threshold: '0.5',
  tiers: [
    { upTo: '1', rate: '1' },
    { upTo: null, rate: '2' },
  ],
  cap: '2',
};

function plan(targetVariableMinor: string, weight: string, curve: TieredCurve = STANDARD) {
  const measure: PlanMeasure = {
    key: 'rev',
    label: 'Revenue',
    metric: 'WON_REVENUE',
    scope: 'REP',
    weight,
    curve,
  };
  const rules: PlanRules = {
    currency: 'USD',
    targetVariableMinor,
    measures: [measure],
    rounding: 'ROUND_HALF_UP',
  };
  return { rules, measure, curve };
}

const WHOLE: LineContext = { days: 91, periodDays: 91, segment: null };

function line(p: ReturnType<typeof plan>, actual: string, target: string, context = WHOLE) {
  return tieredLine(p.rules, p.measure, p.curve, { actual, target }, context);
}

describe('tieredLine', () => {
  it.each([
    // Target variable 10,000.00 at weight 1; attainment = actual / 1,000,000 minor units.
    ['499900', '0'], // 49.99%: below the 50% threshold
    ['500000', '500000'], // 50%: 10,000.00 × 50%
    ['500100', '500100'],
    ['999900', '999900'],
    ['1000000', '1000000'], // 100%
    ['1000100', '1000200'], // 100.01%: 100% + 0.01% × 2 = 100.02%
    ['1499900', '1999800'], // 149.99%: 100% + 49.99% × 2 = 199.98%
    ['1500000', '2000000'], // 150%: 200%, the cap
    ['1500100', '2000000'], // capped
  ])('should pay the hand-worked amount when actual is %p of a 1,000,000 target', (actual, amountMinor) => {
    expect(line(plan('1000000', '1'), actual, '1000000').amountMinor).toBe(amountMinor);
  });

  it('should write the formula with its numbers when the rep is in the first tier', () => {
    // 10,000.00 × 75% × 87.34% = 6,550.50 exactly.
    const result = line(plan('1000000', '0.75'), '8734000', '10000000');
    expect(result).toMatchObject({
      kind: 'MEASURE',
      attainment: '0.8734',
      tier: 'tier 1: 0%–100% at 1x',
      rate: '1',
      formula: '10,000.00 × 75% × 87.34% = 6,550.50',
      amountMinor: '655050',
    });
  });

  it('should say why nothing is paid when attainment is below the threshold', () => {
    const result = line(plan('1000000', '1'), '4000', '10000');
    expect(result.formula).toBe('attainment 40% is below the threshold of 50% = 0.00');
    expect(result.tier).toBe('below threshold 50%');
  });

  it('should round the line half-up when it comes to exactly half a minor unit', () => {
    // 10.01 × 50% × 100% = 5.005, i.e. 500.5 minor units → 501 (a banker's rounding would give 500).
    expect(line(plan('1001', '0.5'), '100', '100').amountMinor).toBe('501');
  });

  it('should still find the half when the attainment is a repeating decimal', () => {
    // 3 minor units × 50% rate × attainment 1/3 = 0.5 exactly → 1. Dividing first would give 0.4999… → 0.
    const linear: TieredCurve = {
      kind: 'TIERED',
      threshold: '0',
      tiers: [{ upTo: null, rate: '0.5' }],
      cap: null,
    };
    expect(line(plan('3', '1', linear), '1', '3').amountMinor).toBe('1');
  });

  it('should prorate by days and say so when the segment is part of the period', () => {
    // 10,000.00 × 80% × 45/91 = 3,956.0439… → 3,956.04.
    const result = line(plan('1000000', '1'), '800', '1000', { days: 45, periodDays: 91, segment: null });
    expect(result.formula).toBe('10,000.00 × 100% × 80% × 45/91 = 3,956.04 (prorated 45 of 91 days)');
    expect(result).toMatchObject({ amountMinor: '395604', prorationDays: 45, periodDays: 91 });
  });

  it('should pay nothing and say "no goal" when the target is 0 or missing', () => {
    const p = plan('1000000', '1');
    expect(line(p, '5000', '0')).toMatchObject({ tier: 'no goal', attainment: null, amountMinor: '0' });
    const missing = tieredLine(p.rules, p.measure, p.curve, undefined, WHOLE);
    expect(missing).toMatchObject({
      actual: null,
      target: null,
      formula: 'no goal set = 0.00',
      amountMinor: '0',
    });
  });
});
