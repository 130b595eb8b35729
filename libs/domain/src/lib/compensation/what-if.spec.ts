import { type PlanRules, type TieredCurve } from './plan-rules';
import { whatIf } from './what-if';

const CURVE: TieredCurve = {
  kind: 'TIERED',
  threshold: '0.5',
  tiers: [
    { upTo: '1', rate: '1' },
    { upTo: null, rate: '2' },
  ],
  cap: '2',
};

const RULES: PlanRules = {
  currency: 'EUR',
  targetVariableMinor: '1000000',
  rounding: 'ROUND_HALF_UP',
  measures: [
    {
      key: 'individual',
      label: 'Individual',
      metric: 'WON_REVENUE',
      scope: 'REP',
      weight: '0.75',
      curve: CURVE,
    },
    { key: 'team', label: 'Team', metric: 'WON_REVENUE', scope: 'TEAM', weight: '0.25', curve: CURVE },
    {
      key: 'commission',
      label: 'Commission',
      metric: 'WON_REVENUE',
      scope: 'REP',
      weight: '0',
      curve: { kind: 'COMMISSION', rate: '0.01' },
    },
  ],
  teamBonus: { amountMinor: '500000', threshold: '1', partialFrom: '0.9' },
};

describe('whatIf', () => {
  it('should pay rep measures at the rep attainment and team ones at the team attainment', () => {
    const result = whatIf(RULES, { repAttainment: '1.2', teamAttainment: '0.95' });
    expect(result.lines.map((line) => [line.kind, line.attainment, line.amountMinor])).toEqual([
      // 10,000.00 × 75% × (100% + 20% × 2 = 140%) = 10,500.00
      ['MEASURE', '1.2000', '1050000'],
      // 10,000.00 × 25% × 95% = 2,375.00
      ['MEASURE', '0.9500', '237500'],
      // no target given: no revenue to pay commission on
      ['COMMISSION', null, '0'],
      // 5,000.00 × 50%
      ['TEAM_BONUS', '0.9500', '250000'],
    ]);
    expect(result).toMatchObject({ totalMinor: '1537500', currency: 'EUR' });
    expect(result.lines[0]).toMatchObject({ actual: null, target: null, rulesVersionId: null });
  });

  it('should pay commission on attainment × target when the target is given', () => {
    // 120% of 1,000,000.00 = 1,200,000.00 revenue; × 1% = 12,000.00.
    const result = whatIf(RULES, {
      repAttainment: '1.2',
      teamAttainment: '0',
      targets: { commission: '100000000' },
    });
    expect(result.lines[2]).toMatchObject({
      actual: '120000000',
      target: '100000000',
      amountMinor: '1200000',
    });
  });

  it('should prorate when days are given', () => {
    // Individual only (team at 0): 10,000.00 × 75% × 100% × 45/91 = 3,708.79…→ 3,708.79.
    const result = whatIf(RULES, { repAttainment: '1', teamAttainment: '0', days: 45, periodDays: 91 });
    expect(result.lines[0].amountMinor).toBe('370879');
  });

  it.each(['-0.5', '1e3', '0.1234567', ''])('should throw when an attainment is %p', (attainment) => {
    expect(() => whatIf(RULES, { repAttainment: attainment, teamAttainment: '1' })).toThrow(RangeError);
  });

  it('should accept an attainment when it has 4 digits before the point', () => {
    // Both capped at 200%: 15,000.00 + 5,000.00, and the whole team bonus of 5,000.00.
    expect(whatIf(RULES, { repAttainment: '1000', teamAttainment: '9999.999999' }).totalMinor).toBe(
      '2500000',
    );
  });

  it('should say which attainment is wrong when it throws', () => {
    expect(() => whatIf(RULES, { repAttainment: '1', teamAttainment: '10000' })).toThrow(
      new RangeError('"10000" is not an attainment like "0.95"'),
    );
  });

  it.each([
    [1.5, 91, '1.5 of 91 days is not a share of a period'],
    [1, 91.5, '1 of 91.5 days is not a share of a period'],
    [0, 91, '0 of 91 days is not a share of a period'],
    [92, 91, '92 of 91 days is not a share of a period'],
  ])('should throw when days are %p of %p', (days, periodDays, message) => {
    const scenario = { repAttainment: '1', teamAttainment: '1', days, periodDays };
    expect(() => whatIf(RULES, scenario)).toThrow(new RangeError(message));
  });

  it('should throw when a target is not a whole number or the days are not a share of the period', () => {
    const scenario = { repAttainment: '1', teamAttainment: '1' };
    expect(() => whatIf(RULES, { ...scenario, targets: { commission: '12.5' } })).toThrow(/Targets/);
    expect(() => whatIf(RULES, { ...scenario, days: 92, periodDays: 91 })).toThrow(/92 of 91 days/);
    expect(() => whatIf(RULES, { ...scenario, days: 0, periodDays: 91 })).toThrow(RangeError);
  });
});
