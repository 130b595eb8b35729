import { type PlanRules } from '@salesops/domain';

import { payoutAxisMax, payoutSeries } from './payout-chart-model';

const TIERED = {
  kind: 'TIERED' as const,
  threshold: '0.5',
  cap: '2',
  tiers: [
    { upTo: '1', rate: '1' },
    { upTo: null, rate: '2' },
  ],
};
const RULES: PlanRules = {
  currency: 'USD',
  targetVariableMinor: '1000000',
  rounding: 'ROUND_HALF_UP',
  measures: [
    { key: 'own', label: 'Own', metric: 'WON_REVENUE', scope: 'REP', weight: '0.75', curve: TIERED },
    { key: 'team', label: 'Team', metric: 'WON_REVENUE', scope: 'TEAM', weight: '0.25', curve: TIERED },
  ],
};

const at = (points: readonly { x: number; y: number }[], x: number) => points.find((p) => p.x === x)?.y;

describe('payoutSeries', () => {
  it('should draw the whole plan and each measure by the engine: threshold, accelerator and cap', () => {
    const [whole, own] = payoutSeries(RULES, 'Whole plan');
    expect(whole).toMatchObject({ key: null, label: 'Whole plan', kind: 'PLAN' });
    expect(at(whole.points, 45)).toBe(0);
    expect(at(whole.points, 50)).toBe(50);
    expect(at(whole.points, 100)).toBe(100);
    expect(at(whole.points, 110)).toBe(120);
    expect(at(whole.points, 150)).toBe(200);
    expect(at(whole.points, 200)).toBe(200);
    expect(own.points).toHaveLength(201);
    expect(at(whole.points, 49)).toBe(0);
    expect(at(own.points, 120)).toBe(140);
  });

  it('should draw a commission as a share of the goal and add a team bonus to the whole plan', () => {
    const series = payoutSeries(
      {
        ...RULES,
        measures: [
          RULES.measures[0],
          {
            ...RULES.measures[1],
            weight: '0',
            key: 'c',
            label: 'Commission',
            curve: { kind: 'COMMISSION', rate: '0.05' },
          },
        ],
        teamBonus: { amountMinor: '200000', threshold: '1' },
      },
      'Whole plan',
    );
    const commission = series.find((s) => s.key === 'c');
    expect(commission?.kind).toBe('COMMISSION');
    expect(at(commission?.points ?? [], 100)).toBe(5);
    // Own 75% of 10,000 at 100% plus the 2,000 bonus: 9,500 of 10,000.
    expect(at(series[0].points, 100)).toBe(95);
  });
});

describe('payoutAxisMax', () => {
  it('should round the top up to 50% steps and never go under 100%', () => {
    expect(payoutAxisMax([{ key: null, label: '', kind: 'PLAN', points: [{ x: 0, y: 40 }] }])).toBe(100);
    expect(payoutAxisMax([{ key: null, label: '', kind: 'PLAN', points: [{ x: 0, y: 201 }] }])).toBe(250);
  });
});
