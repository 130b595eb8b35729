import { planLines } from './plan-lines';
import { type PlanRules } from './plan-rules';

const RULES: PlanRules = {
  currency: 'USD',
  targetVariableMinor: '1000000',
  rounding: 'ROUND_HALF_UP',
  measures: [
    {
      key: 'constructor',
      label: 'Revenue',
      metric: 'WON_REVENUE',
      scope: 'REP',
      weight: '1',
      curve: { kind: 'TIERED', threshold: '0', tiers: [{ upTo: null, rate: '1' }], cap: null },
    },
    {
      key: 'commission',
      label: 'Commission',
      metric: 'WON_REVENUE',
      scope: 'REP',
      weight: '0',
      curve: { kind: 'COMMISSION', rate: '0.1' },
    },
  ],
  teamBonus: { amountMinor: '100000', threshold: '1' },
};
const WHOLE = { days: 30, periodDays: 30, segment: null };

describe('planLines', () => {
  it('should give a line per measure in plan order, then the team bonus, when the plan has one', () => {
    const lines = planLines(
      RULES,
      { commission: { actual: '1000', target: '0' } },
      { actual: '1', target: '1' },
      WHOLE,
    );
    expect(lines.map((line) => [line.kind, line.measureKey, line.amountMinor])).toEqual([
      ['MEASURE', 'constructor', '0'], // no input for it
      ['COMMISSION', 'commission', '100'], // 1,000 × 10%
      ['TEAM_BONUS', null, '100000'],
    ]);
  });

  it('should not read an inherited property as an input when a measure key is "constructor"', () => {
    const lines = planLines(RULES, {}, undefined, WHOLE);
    expect(lines[0]).toMatchObject({ tier: 'no goal', actual: null });
  });

  it('should leave the team bonus out when the plan has none', () => {
    const withoutBonus: PlanRules = { ...RULES };
    delete withoutBonus.teamBonus;
    expect(planLines(withoutBonus, {}, undefined, WHOLE)).toHaveLength(2);
  });
});
