import { describeTiers } from './describe-tiers';

describe('describeTiers', () => {
  it('should write each range with its rate when there are several tiers', () => {
    const tiers = [
      { upTo: '0.8', rate: '0.5' },
      { upTo: '1.0', rate: '1' },
      { upTo: null, rate: '2.50' },
    ];
    expect(describeTiers(tiers)).toBe('0%–80% at 0.5x, 80%–100% at 1x, 100%–∞ at 2.5x');
  });

  it('should show a boundary exactly when it has many decimals', () => {
    expect(
      describeTiers([
        { upTo: '1.123456', rate: '1' },
        { upTo: null, rate: '1' },
      ]),
    ).toBe('0%–112.3456% at 1x, 112.3456%–∞ at 1x');
  });
});
