import { Dec } from './decimal';

describe('Dec', () => {
  it('should keep a long product exact when it has more digits than the default precision of 20', () => {
    // 123456789012345678n * 123456n * 999999999999999n = 15241481344308132781686655691851976832n, over 10^6.
    const product = new Dec('123456789012345678').times('0.123456').times('999999999999999');
    expect(product.toString()).toBe('15241481344308132781686655691851.976832');
  });
});
