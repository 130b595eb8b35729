import { describeCurve } from './describe-curve';

describe('describeCurve', () => {
  it('should name threshold, tiers and cap when the curve is tiered', () => {
    const curve = { kind: 'TIERED', threshold: '0.5', tiers: [{ upTo: null, rate: '1' }], cap: '2' } as const;
    expect(describeCurve({ ...curve, tiers: [...curve.tiers] })).toBe('threshold 50%; 0%–∞ at 1x; cap 200%');
    expect(describeCurve({ ...curve, tiers: [...curve.tiers], cap: null })).toBe(
      'threshold 50%; 0%–∞ at 1x; no cap',
    );
  });

  it('should give the rate when the curve is a commission', () => {
    expect(describeCurve({ kind: 'COMMISSION', rate: '0.025' })).toBe('commission 2.5%');
  });
});
