import { type PlanMeasure, type PlanRules } from './plan-rules';
import { rulesDiff } from './rules-diff';

const INDIVIDUAL: PlanMeasure = {
  key: 'individual',
  label: 'Individual revenue',
  metric: 'WON_REVENUE',
  scope: 'REP',
  weight: '0.75',
  curve: { kind: 'TIERED', threshold: '0.5', tiers: [{ upTo: null, rate: '1' }], cap: '2.0' },
};
const TEAM: PlanMeasure = {
  ...INDIVIDUAL,
  key: 'team',
  label: 'Team revenue',
  scope: 'TEAM',
  weight: '0.25',
};
const V1: PlanRules = {
  currency: 'USD',
  targetVariableMinor: '1000000',
  measures: [INDIVIDUAL, TEAM],
  rounding: 'ROUND_HALF_UP',
};

describe('rulesDiff', () => {
  it('should list nothing when the versions pay the same', () => {
    expect(rulesDiff(V1, structuredClone(V1))).toEqual([]);
  });

  it('should list every change in order when a new version changes pay, measures and bonus', () => {
    const V2: PlanRules = {
      ...V1,
      targetVariableMinor: '1200000',
      measures: [
        { ...INDIVIDUAL, weight: '0.7', curve: { ...INDIVIDUAL.curve, cap: '2.5' } as PlanMeasure['curve'] },
        { ...TEAM, key: 'pipeline', label: 'Team pipeline', metric: 'NEW_PIPELINE', weight: '0.3' },
      ],
      teamBonus: { amountMinor: '100000', threshold: '1' },
    };
    expect(rulesDiff(V1, V2)).toEqual([
      'Target variable pay: 10,000.00 → 12,000.00',
      'Weight of Individual revenue: 75% → 70%',
      'Cap of Individual revenue: 200% → 250%',
      'Removed measure Team revenue (team won revenue, weight 25%, threshold 50%; 0%–∞ at 1x; cap 200%)',
      'Added measure Team pipeline (team new pipeline, weight 30%, threshold 50%; 0%–∞ at 1x; cap 200%)',
      'Added a team bonus: 1,000.00 at 100% team attainment',
    ]);
  });

  it('should call a rep measure "own" when it is removed or added', () => {
    const teamOnly: PlanRules = { ...V1, measures: [TEAM] };
    const individual =
      'Individual revenue (own won revenue, weight 75%, threshold 50%; 0%–∞ at 1x; cap 200%)';
    expect(rulesDiff(V1, teamOnly)).toEqual([`Removed measure ${individual}`]);
    expect(rulesDiff(teamOnly, V1)).toEqual([`Added measure ${individual}`]);
  });

  it('should say the currency changed when it did', () => {
    expect(rulesDiff(V1, { ...V1, currency: 'EUR' })).toEqual(['Currency: USD → EUR']);
  });
});
