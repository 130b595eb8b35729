import { Dec } from './decimal';
import { type TieredCurve } from './plan-rules';
import { tieredPayout } from './tiered-payout';

// Nothing below 50%; 1x up to 100%, 2x beyond; at most 200% of the target incentive, which 2x reaches at
// 150% attainment (100% × 1 + 50% × 2 = 200%).
const STANDARD: TieredCurve = {
  kind: 'TIERED',
  threshold: '0.5',
  tiers: [
    { upTo: '1', rate: '1' },
    { upTo: null, rate: '2' },
  ],
  cap: '2',
};

/** The payout fraction at an attainment, over a target of 10,000 so the scaling shows. */
function at(attainment: string, curve: TieredCurve = STANDARD) {
  const target = new Dec(10000);
  const payout = tieredPayout(curve, new Dec(attainment).times(target), target);
  return {
    fraction: payout.scaledFraction.div(target).toString(),
    tier: payout.tier,
    rate: payout.rate.toString(),
  };
}

describe('tieredPayout', () => {
  it.each([
    // attainment, fraction, tier label, marginal rate: hand-worked from the curve above.
    ['0', '0', 'below threshold 50%', '0'],
    ['0.4999', '0', 'below threshold 50%', '0'],
    ['0.5', '0.5', 'tier 1: 0%–100% at 1x', '1'], // at the threshold, tiers pay from 0: 50% × 1
    ['0.5001', '0.5001', 'tier 1: 0%–100% at 1x', '1'],
    ['0.9999', '0.9999', 'tier 1: 0%–100% at 1x', '1'],
    ['1', '1', 'tier 2: 100%–∞ at 2x', '2'], // a boundary belongs to the tier it opens
    ['1.0001', '1.0002', 'tier 2: 100%–∞ at 2x', '2'], // 100% × 1 + 0.01% × 2
    ['1.4999', '1.9998', 'tier 2: 100%–∞ at 2x', '2'], // 100% × 1 + 49.99% × 2
    ['1.5', '2', 'capped at 200%', '0'], // exactly at the cap
    ['1.5001', '2', 'capped at 200%', '0'],
    ['3', '2', 'capped at 200%', '0'],
  ])('should pay the fraction of the incentive when attainment is %p (%p, %s)', (a, fraction, tier, rate) => {
    expect(at(a)).toEqual({ fraction, tier, rate });
  });

  it('should add every tier below the attainment when an accelerator has three tiers', () => {
    // 140% attainment: 100% × 1 + 25% × 2 + 15% × 3 = 100% + 50% + 45% = 195%, no cap.
    const accelerator: TieredCurve = {
      kind: 'TIERED',
      threshold: '0',
      tiers: [
        { upTo: '1', rate: '1' },
        { upTo: '1.25', rate: '2' },
        { upTo: null, rate: '3' },
      ],
      cap: null,
    };
    expect(at('1.4', accelerator)).toEqual({ fraction: '1.95', tier: 'tier 3: 125%–∞ at 3x', rate: '3' });
    expect(tieredPayout(accelerator, new Dec(14), new Dec(10)).working).toBe(
      '(100% × 1 + 25% × 2 + 15% × 3 = 195%)',
    );
    // 300%: 100% + 25% × 2 + 175% × 3 = 675%; without a cap, nothing stops it.
    expect(at('3', accelerator).fraction).toBe('6.75');
  });

  it('should show only the percentage when a single tier at 1x paid', () => {
    expect(tieredPayout(STANDARD, new Dec(8734), new Dec(10000)).working).toBe('87.34%');
    expect(tieredPayout(STANDARD, new Dec(15), new Dec(10)).working).toBe('200% (cap)');
    expect(tieredPayout(STANDARD, new Dec(4), new Dec(10)).working).toBeNull();
  });

  it('should show only the percentage when the attainment ends exactly where a higher tier opens', () => {
    // At 100% the 2x tier is reached but covers nothing, so only the 1x tier paid.
    const payout = tieredPayout(STANDARD, new Dec(10), new Dec(10));
    expect(payout.tier).toBe('tier 2: 100%–∞ at 2x');
    expect(payout.working).toBe('100%');
  });

  it('should show only the percentage when no tier paid because the attainment is 0', () => {
    const noThreshold: TieredCurve = { ...STANDARD, threshold: '0' };
    expect(tieredPayout(noThreshold, new Dec(0), new Dec(10)).working).toBe('0%');
  });

  it('should keep the fraction exact when the attainment is a repeating decimal', () => {
    // actual 2, target 3: 2/3 × 1 = 2/3, carried as 2/3 × 3 = 2 exactly.
    expect(tieredPayout(STANDARD, new Dec(2), new Dec(3)).scaledFraction.toString()).toBe('2');
  });
});
