import { bias } from './bias';

describe('bias', () => {
  it('should be positive when the forecast runs above the actuals, including a month that won nothing', () => {
    // (90-100) + (10-0) + (60-50) = 10 over 150.
    expect(bias([100, 0, 50], [90, 10, 60])).toBeCloseTo(1 / 15, 12);
  });

  it('should be negative when the forecast runs below', () => {
    expect(bias([100], [80])).toBeCloseTo(-0.2, 12);
  });

  it('should be 0 when errors cancel, even though WAPE would not be', () => {
    expect(bias([100, 100], [120, 80])).toBe(0);
  });

  it('should be null when the actuals sum to 0', () => {
    expect(bias([0, 0], [1, 1])).toBeNull();
    expect(bias([], [])).toBeNull();
  });

  it('should throw when forecasts and actuals do not pair up', () => {
    expect(() => bias([1], [])).toThrow(/one forecast per actual/);
  });
});
