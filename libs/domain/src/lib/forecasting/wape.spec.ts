import { wape } from './wape';

describe('wape', () => {
  it('should weigh absolute errors by the actuals when one actual is 0', () => {
    // |100-90| + |0-10| + |50-60| = 30 over 100 + 0 + 50 = 150.
    expect(wape([100, 0, 50], [90, 10, 60])).toBeCloseTo(0.2, 12);
  });

  it('should be 0 when the forecast is exact', () => {
    expect(wape([3, 4], [3, 4])).toBe(0);
  });

  it('should be null when every actual is 0 or there are none', () => {
    expect(wape([0, 0], [5, 0])).toBeNull();
    expect(wape([], [])).toBeNull();
  });

  it('should throw when forecasts and actuals do not pair up', () => {
    expect(() => wape([1, 2], [1])).toThrow(/one forecast per actual/);
  });
});
