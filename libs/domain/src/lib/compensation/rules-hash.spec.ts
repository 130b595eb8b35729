import { type PlanRules } from './plan-rules';
import { rulesHash } from './rules-hash';

const RULES: PlanRules = {
  currency: 'USD',
  targetVariableMinor: '1000000',
  measures: [
    {
      key: 'commission',
      label: 'Commission',
      metric: 'WON_REVENUE',
      scope: 'REP',
      weight: '0',
      curve: { kind: 'COMMISSION', rate: '0.05' },
    },
  ],
  rounding: 'ROUND_HALF_UP',
};

describe('rulesHash', () => {
  it('should write the rules and document as canonical JSON when asked', () => {
    expect(rulesHash(RULES, 'Terms v1')).toBe(
      '{"document":"Terms v1","rules":{"currency":"USD","measures":[' +
        '{"curve":{"kind":"COMMISSION","rate":"0.05"},' +
        '"key":"commission","label":"Commission","metric":"WON_REVENUE","scope":"REP","weight":"0"}],' +
        '"rounding":"ROUND_HALF_UP","targetVariableMinor":"1000000"}}',
    );
  });

  it('should give the same text when the rules come back from jsonb with keys reordered', () => {
    // jsonb stores keys in its own order: shorter keys first, then by bytes.
    const { currency, targetVariableMinor, ...rest } = RULES;
    const reordered = { ...rest, targetVariableMinor, currency };
    expect(Object.keys(reordered)).not.toEqual(Object.keys(RULES));
    expect(rulesHash(reordered, { title: 'Plan', body: 'x' })).toBe(
      rulesHash(RULES, { body: 'x', title: 'Plan' }),
    );
  });

  it('should change when the document or the rules change', () => {
    const base = rulesHash(RULES, 'Terms v1');
    expect(rulesHash(RULES, 'Terms v2')).not.toBe(base);
    expect(rulesHash({ ...RULES, targetVariableMinor: '1000001' }, 'Terms v1')).not.toBe(base);
  });
});
