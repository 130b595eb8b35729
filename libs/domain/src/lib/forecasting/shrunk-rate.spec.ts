import { shrunkRate } from './shrunk-rate';

describe('shrunkRate', () => {
  it('should stay near the team rate when the rep has few deals', () => {
    // (3 + 20 x 0.25) / (4 + 20) = 8 / 24.
    expect(shrunkRate(3, 4, 0.25, 20)).toBeCloseTo(1 / 3, 12);
  });

  it('should approach the rep rate when the rep has many deals', () => {
    expect(shrunkRate(300, 400, 0.25, 20)).toBeCloseTo(305 / 420, 12);
  });

  it('should be the prior when there are no trials, and the raw rate when the prior has no weight', () => {
    expect(shrunkRate(0, 0, 0.25, 20)).toBe(0.25);
    expect(shrunkRate(1, 4, 0.9, 0)).toBe(0.25);
  });

  it('should be null when there is neither data nor prior', () => {
    expect(shrunkRate(0, 0, 0.3, 0)).toBeNull();
  });

  it('should throw when the counts or the prior are not valid', () => {
    expect(() => shrunkRate(5, 4, 0.3, 10)).toThrow(/successes <= trials/);
    expect(() => shrunkRate(-1, 4, 0.3, 10)).toThrow(/successes <= trials/);
    expect(() => shrunkRate(1, 4, 1.3, 10)).toThrow(/priorRate/);
    expect(() => shrunkRate(1, 4, 0.3, -1)).toThrow(/priorStrength/);
  });

  it('should refuse negative successes or trials', () => {
    expect(() => shrunkRate(-1, 5, 0.5, 10)).toThrow(RangeError);
    expect(() => shrunkRate(0, -1, 0.5, 10)).toThrow(RangeError);
  });

  it('should accept a prior rate of exactly 0 or 1 and refuse one outside', () => {
    expect(shrunkRate(5, 10, 0, 10)).toBeCloseTo(0.25, 12);
    expect(shrunkRate(5, 10, 1, 10)).toBeCloseTo(0.75, 12);
    expect(() => shrunkRate(5, 10, -0.1, 10)).toThrow(RangeError);
    expect(() => shrunkRate(5, 10, 1.1, 10)).toThrow(RangeError);
  });

  it('should refuse trials that are not a number', () => {
    expect(() => shrunkRate(0, Number.NaN, 0.5, 10)).toThrow(RangeError);
  });
});
