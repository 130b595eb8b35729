import { RULES_75_25 } from '../plans/plan-fixtures';
import { payoutWithDeals } from './deals-what-if';
import { engineRules } from './what-if-model';

const rules = engineRules(RULES_75_25);
const own = {
  kind: 'MEASURE' as const,
  metric: 'WON_REVENUE' as const,
  scope: 'REP',
  actual: '200000.00',
  target: '250000.00',
};
const team = {
  kind: 'MEASURE' as const,
  metric: 'WON_REVENUE' as const,
  scope: 'TEAM',
  actual: '800000.00',
  target: '900000.00',
};

describe('payoutWithDeals', () => {
  it('should add the picked deals to the own and team results and pay both by the plan, by hand', () => {
    if (!rules) throw new Error('fixture rules do not validate');
    const result = payoutWithDeals(rules, [own, team], { amountMinor: 5_000_000n, count: 2 });
    // Own 200,000 / 250,000 = 0.8 → 1.0; team 800,000 / 900,000 = 0.888888 (cut) → 850,000 / 900,000 = 0.944444.
    expect(result?.rep).toEqual({ now: '0.800000', after: '1.000000' });
    expect(result?.team).toEqual({ now: '0.888888', after: '0.944444' });
    // $10,000 × 75% × 0.8 = $6,000 and × 25% × 0.888888 = $2,222.22; after: $7,500 and $2,361.11.
    expect(result?.now.totalMinor).toBe('822222');
    expect(result?.after.totalMinor).toBe('986111');
  });

  it('should add the number of deals to a deals-won measure and leave new pipeline as it is', () => {
    if (!rules) throw new Error('fixture rules do not validate');
    const counted = payoutWithDeals(rules, [{ ...own, metric: 'DEALS_WON', actual: '8', target: '10' }], {
      amountMinor: 99_999_999n,
      count: 2,
    });
    expect(counted?.rep).toEqual({ now: '0.800000', after: '1.000000' });
    const pipeline = payoutWithDeals(rules, [{ ...own, metric: 'NEW_PIPELINE' }], {
      amountMinor: 5_000_000n,
      count: 2,
    });
    expect(pipeline?.rep).toEqual({ now: '0.800000', after: '0.800000' });
    expect(pipeline?.team).toEqual({ now: '0', after: '0' });
  });

  it('should give nothing without an own measure with a goal', () => {
    if (!rules) throw new Error('fixture rules do not validate');
    expect(payoutWithDeals(rules, [team], { amountMinor: 1n, count: 1 })).toBeNull();
    expect(payoutWithDeals(rules, [{ ...own, target: null }], { amountMinor: 1n, count: 1 })).toBeNull();
    expect(payoutWithDeals(rules, [{ ...own, target: '0.00' }], { amountMinor: 1n, count: 1 })).toBeNull();
  });
});
