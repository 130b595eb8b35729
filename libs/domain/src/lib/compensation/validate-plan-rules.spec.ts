import { validatePlanRules } from './validate-plan-rules';

function validPlan() {
  return {
    currency: 'USD',
    targetVariableMinor: '1000000',
    rounding: 'ROUND_HALF_UP',
    measures: [
      {
        key: 'individual',
        label: 'Individual revenue',
        metric: 'WON_REVENUE',
        scope: 'REP',
        weight: '0.75',
        curve: {
          kind: 'TIERED',
          threshold: '0.5',
          tiers: [
            { upTo: '1.0', rate: '1' },
            { upTo: null, rate: '2' },
          ],
          cap: '2.0',
        },
      },
      {
        key: 'team',
        label: 'Team revenue',
        metric: 'WON_REVENUE',
        scope: 'TEAM',
        weight: '0.25',
        curve: { kind: 'TIERED', threshold: '0', tiers: [{ upTo: null, rate: '1' }], cap: null },
      },
      {
        key: 'commission',
        label: 'Commission',
        metric: 'WON_REVENUE',
        scope: 'REP',
        weight: '0',
        curve: { kind: 'COMMISSION', rate: '0.05' },
      },
    ],
    teamBonus: { amountMinor: '500000', threshold: '1.0', partialFrom: '0.9' },
  };
}

describe('validatePlanRules', () => {
  it('should return the rules when every field is valid', () => {
    expect(validatePlanRules(validPlan())).toEqual({ ok: true, rules: validPlan() });
  });

  it('should list every problem at once when a plan has many', () => {
    const plan = validPlan();
    plan.currency = 'usd';
    plan.targetVariableMinor = '-5';
    plan.measures[0].weight = '0.7'; // 0.7 + 0.25 ≠ 1
    plan.measures[0].curve = {
      kind: 'TIERED',
      threshold: '1.5',
      tiers: [
        { upTo: '1.2', rate: '1' },
        { upTo: '1.0', rate: '-1' },
        { upTo: null, rate: '2' },
      ],
      cap: '0',
    };
    plan.measures[1].key = 'individual';
    plan.measures[2].weight = '0.1';
    plan.teamBonus.partialFrom = '1.1';
    const result = validatePlanRules(plan);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual([
      'currency',
      'targetVariableMinor',
      'measures.0.curve.threshold',
      'measures.0.curve.tiers.1.rate',
      'measures.0.curve.tiers.1.upTo',
      'measures.0.curve.cap',
      'measures.2.weight',
      'measures.1.key',
      'measures',
      'teamBonus.partialFrom',
    ]);
  });

  it('should explain each problem in words when it reports it', () => {
    const plan = { ...validPlan(), rounding: 'BANKERS', extra: true };
    const result = validatePlanRules(plan);
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'extra', message: expect.stringContaining('is not a known field') },
        { field: 'rounding', message: 'must be one of ROUND_HALF_UP' },
      ],
    });
  });

  it('should explain the currency when it is not three capital letters', () => {
    for (const currency of ['usd', 'USDT', 840]) {
      expect(validatePlanRules({ ...validPlan(), currency })).toEqual({
        ok: false,
        errors: [
          { field: 'currency', message: 'must be an ISO 4217 code of three capital letters, like "USD"' },
        ],
      });
    }
  });

  it('should refuse the whole document when it is not an object', () => {
    expect(validatePlanRules('rules')).toEqual({
      ok: false,
      errors: [{ field: '', message: 'must be an object' }],
    });
    expect(validatePlanRules(null).ok).toBe(false);
  });

  it('should require at least one and at most 10 measures', () => {
    const none = validatePlanRules({ ...validPlan(), measures: [] });
    expect(none.ok ? [] : none.errors).toEqual([{ field: 'measures', message: 'must hold 1 to 10 items' }]);
    const measure = validPlan().measures[2];
    const eleven = Array.from({ length: 11 }, (_, index) => ({ ...measure, key: `c${index}` }));
    expect(validatePlanRules({ ...validPlan(), measures: eleven }).ok).toBe(false);
    expect(validatePlanRules({ ...validPlan(), measures: eleven.slice(0, 10) }).ok).toBe(true);
  });

  it('should accept a plan without team bonus and with only commission when its weights are all 0', () => {
    const plan: Partial<ReturnType<typeof validPlan>> = validPlan();
    delete plan.teamBonus;
    const result = validatePlanRules({ ...plan, measures: [validPlan().measures[2]] });
    expect(result.ok).toBe(true);
    expect(result.ok && 'teamBonus' in result.rules).toBe(false);
  });

  it('should return a clean copy when the input is valid, so later edits to the input do not leak', () => {
    const plan = validPlan();
    const result = validatePlanRules(plan);
    plan.measures[0].label = 'Changed';
    expect(result.ok && result.rules.measures[0].label).toBe('Individual revenue');
  });
});
