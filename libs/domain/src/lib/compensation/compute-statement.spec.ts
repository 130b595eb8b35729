import { computeStatement } from './compute-statement';
import { type PlanMeasure, type PlanRules, type TieredCurve } from './plan-rules';
import { ROUNDING_EXPLANATION } from './round-half-up';
import { type StatementSegment } from './statement';

// Nothing below 50%; 1x to 100%, 2x beyond; at most 200%.
const CURVE: TieredCurve = {
  kind: 'TIERED',
  threshold: '0.5',
  tiers: [
    { upTo: '1', rate: '1' },
    { upTo: null, rate: '2' },
  ],
  cap: '2',
};

function measure(key: string, label: string, scope: 'REP' | 'TEAM', weight: string): PlanMeasure {
  return { key, label, metric: 'WON_REVENUE', scope, weight, curve: CURVE };
}

// Target variable 10,000.00 a quarter: 75% on the rep's won revenue, 25% on the team's.
const SPLIT: PlanRules = {
  currency: 'USD',
  targetVariableMinor: '1000000',
  measures: [
    measure('individual', 'Individual revenue', 'REP', '0.75'),
    measure('team', 'Team revenue', 'TEAM', '0.25'),
  ],
  teamBonus: { amountMinor: '500000', threshold: '1.0', partialFrom: '0.9' },
  rounding: 'ROUND_HALF_UP',
};

// Q1 2024: 91 days.
const QUARTER = { fromDate: '2024-01-01', toDate: '2024-04-01', days: 91, periodDays: 91 };

describe('computeStatement', () => {
  it('should pay the 75/25 split and the team bonus when the rep and the team both sold', () => {
    const segment: StatementSegment = {
      ...QUARTER,
      rulesVersionId: 'v1',
      measures: {
        individual: { actual: '8734000', target: '10000000' }, // 87.34%
        team: { actual: '110000000', target: '100000000' }, // 110%
      },
      teamBonus: { actual: '110000000', target: '100000000' },
    };
    const statement = computeStatement({ v1: SPLIT }, { segments: [segment] });
    expect(statement.lines.map((line) => [line.label, line.formula])).toEqual([
      // 10,000.00 × 75% × 87.34% = 6,550.50
      ['Individual revenue', '10,000.00 × 75% × 87.34% = 6,550.50'],
      // 110%: 100% × 1 + 10% × 2 = 120%; 10,000.00 × 25% × 120% = 3,000.00
      ['Team revenue', '10,000.00 × 25% × (100% × 1 + 10% × 2 = 120%) = 3,000.00'],
      // 110% ≥ 100%: the whole 5,000.00
      ['Team bonus', '5,000.00 × 100% = 5,000.00'],
    ]);
    // 655,050 + 300,000 + 500,000
    expect(statement).toMatchObject({
      totalMinor: '1455050',
      currency: 'USD',
      explanation: ROUNDING_EXPLANATION,
    });
    expect(statement.lines[0]).toMatchObject({
      rulesVersionId: 'v1',
      fromDate: '2024-01-01',
      toDate: '2024-04-01',
    });
  });

  it('should pay each segment its own rules, prorated by days, when the plan changes mid-quarter', () => {
    // Plan v1 (10,000.00) for the 45 days to 15 February, plan v2 (12,000.00) for the 46 days after.
    const v1: PlanRules = { ...SPLIT, measures: [measure('individual', 'Individual revenue', 'REP', '1')] };
    const v2: PlanRules = { ...v1, targetVariableMinor: '1200000', teamBonus: undefined };
    const segments: StatementSegment[] = [
      {
        rulesVersionId: 'v1',
        fromDate: '2024-01-01',
        toDate: '2024-02-15',
        days: 45,
        periodDays: 91,
        measures: { individual: { actual: '8000000', target: '10000000' } }, // 80%
        teamBonus: { actual: '95', target: '100' }, // 95%: half the bonus
      },
      {
        rulesVersionId: 'v2',
        fromDate: '2024-02-15',
        toDate: '2024-04-01',
        days: 46,
        periodDays: 91,
        measures: { individual: { actual: '11000000', target: '10000000' } }, // 110%
      },
    ];
    const statement = computeStatement({ v1, v2 }, { segments });
    expect(statement.lines.map((line) => [line.rulesVersionId, line.formula, line.amountMinor])).toEqual([
      // 1,000,000 × 80% × 45/91 = 36,000,000 / 91 = 395,604.39… → 395,604
      ['v1', '10,000.00 × 100% × 80% × 45/91 = 3,956.04 (prorated 45 of 91 days)', '395604'],
      // 500,000 × 50% × 45/91 = 11,250,000 / 91 = 123,626.37… → 123,626
      [
        'v1',
        '5,000.00 × 50% (95% between 90% and 100%) × 45/91 = 1,236.26 (prorated 45 of 91 days)',
        '123626',
      ],
      // 1,200,000 × 120% × 46/91 = 66,240,000 / 91 = 727,912.08… → 727,912
      [
        'v2',
        '12,000.00 × 100% × (100% × 1 + 10% × 2 = 120%) × 46/91 = 7,279.12 (prorated 46 of 91 days)',
        '727912',
      ],
    ]);
    // The total is the sum of the rounded lines: 395,604 + 123,626 + 727,912. Rounding the exact sum,
    // 113,490,000 / 91 = 1,247,142.857…, would give 1,247,143 and a statement that does not add up.
    expect(statement.totalMinor).toBe('1247142');
  });

  it('should add the rounded lines exactly when each line rounds on its own', () => {
    // A target variable of 1 minor unit at weight 50% and 100% attainment pays 0.5 on each tiered line,
    // and 1 × 50% commission pays 0.5: each rounds up to 1, so the total is 3 (rounding 1.5 would give 2).
    const half: PlanRules = {
      ...SPLIT,
      targetVariableMinor: '1',
      teamBonus: undefined,
      measures: [
        { ...measure('a', 'A', 'REP', '0.5'), curve: { ...CURVE, threshold: '0', cap: null } },
        { ...measure('b', 'B', 'REP', '0.5'), curve: { ...CURVE, threshold: '0', cap: null } },
        {
          key: 'c',
          label: 'C',
          metric: 'WON_REVENUE',
          scope: 'REP',
          weight: '0',
          curve: { kind: 'COMMISSION', rate: '0.5' },
        },
      ],
    };
    const full = { actual: '1', target: '1' };
    const segment = { ...QUARTER, rulesVersionId: 'v1', measures: { a: full, b: full, c: full } };
    const statement = computeStatement({ v1: half }, { segments: [segment] });
    expect(statement.lines.map((line) => line.amountMinor)).toEqual(['1', '1', '1']);
    expect(statement.totalMinor).toBe('3');
  });

  it('should throw when a segment names rules that were not given', () => {
    const segment = { ...QUARTER, rulesVersionId: 'v2', measures: {} };
    expect(() => computeStatement({ v1: SPLIT }, { segments: [segment] })).toThrow(RangeError);
  });
});
