import { quantile } from './quantile';

describe('quantile', () => {
  it('should interpolate between order statistics when values come unsorted', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    // (10 - 1) x 0.1 = 0.9 of the way from 1 to 2.
    expect(quantile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.1)).toBeCloseTo(1.9, 12);
  });

  it('should give the extremes when p is 0 or 1, and the value when there is one', () => {
    expect(quantile([5, -2, 9], 0)).toBe(-2);
    expect(quantile([5, -2, 9], 1)).toBe(9);
    expect(quantile([7], 0.9)).toBe(7);
  });

  it('should leave the input unsorted', () => {
    const values = [3, 1, 2];
    quantile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });

  it('should be null when there are no values, and throw when p is out of range', () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(() => quantile([1], 1.5)).toThrow(/within \[0, 1\]/);
    expect(() => quantile([1], Number.NaN)).toThrow(/within \[0, 1\]/);
  });

  it('should refuse p below 0 and above 1, and accept both ends', () => {
    expect(() => quantile([1, 2], -0.01)).toThrow(RangeError);
    expect(() => quantile([1, 2], 1.01)).toThrow(RangeError);
    expect(quantile([1, 2], 0)).toBe(1);
    expect(quantile([1, 2], 1)).toBe(2);
  });
});
