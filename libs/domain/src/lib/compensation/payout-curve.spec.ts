import { payoutCurve } from './payout-curve';
import { type PlanRules } from './plan-rules';

const RULES: PlanRules = {
  currency: 'USD',
  targetVariableMinor: '1000000',
  rounding: 'ROUND_HALF_UP',
  measures: [
    {
      key: 'individual',
      label: 'Individual',
      metric: 'WON_REVENUE',
      scope: 'REP',
      weight: '0.75',
      curve: {
        kind: 'TIERED',
        threshold: '0.5',
        tiers: [
          { upTo: '1', rate: '1' },
          { upTo: null, rate: '2' },
        ],
        cap: '2',
      },
    },
    {
      key: 'team',
      label: 'Team',
      metric: 'WON_REVENUE',
      scope: 'TEAM',
      weight: '0.25',
      curve: { kind: 'TIERED', threshold: '0', tiers: [{ upTo: null, rate: '1' }], cap: null },
    },
  ],
  teamBonus: { amountMinor: '100000', threshold: '1' },
};

const ATTAINMENTS = ['0', '0.4999', '0.5', '1', '1.5', '2'];

describe('payoutCurve', () => {
  it('should chart one measure when it is given by key', () => {
    // 7,500.00 (10,000.00 × 75%) × 0%, 0% (below 50%), 50%, 100%, 200% (cap at 150%), 200%.
    expect(payoutCurve(RULES, 'individual', ATTAINMENTS).map((point) => point.amountMinor)).toEqual([
      '0',
      '0',
      '375000',
      '750000',
      '1500000',
      '1500000',
    ]);
  });

  it('should chart the measure asked for when it is not the first', () => {
    // 2,500.00 (10,000.00 × 25%) × attainment: no threshold, no cap.
    expect(payoutCurve(RULES, 'team', ATTAINMENTS).map((point) => point.amountMinor)).toEqual([
      '0',
      '124975',
      '125000',
      '250000',
      '375000',
      '500000',
    ]);
  });

  it('should chart the whole plan, team bonus included, when no measure is given', () => {
    // individual as above + team 2,500.00 × attainment (no threshold, no cap) + 1,000.00 from 100%.
    expect(payoutCurve(RULES, null, ATTAINMENTS)).toEqual([
      { attainment: '0', amountMinor: '0' },
      { attainment: '0.4999', amountMinor: '124975' },
      { attainment: '0.5', amountMinor: '500000' },
      { attainment: '1', amountMinor: '1100000' },
      { attainment: '1.5', amountMinor: '1975000' },
      { attainment: '2', amountMinor: '2100000' },
    ]);
  });

  it('should throw when the measure is not in the plan', () => {
    expect(() => payoutCurve(RULES, 'nope', ['1'])).toThrow(/no measure "nope"/);
  });
});
