import { intervalFromErrors } from './interval-from-errors';

describe('intervalFromErrors', () => {
  it('should shift the point by the error quantiles when forecasting P10, P50 and P90', () => {
    // Errors -20..20: q10 = -20 + 0.4 x 10 = -16, q50 = 0, q90 = 16.
    const interval = intervalFromErrors(100, [20, -10, 0, -20, 10]);
    expect(interval?.map((q) => q.level)).toEqual([0.1, 0.5, 0.9]);
    expect(interval?.map((q) => q.value)).toEqual([84, 100, 116]);
  });

  it('should move P50 off the point when the method has been biased', () => {
    // Every past actual came in 10 above the forecast.
    expect(intervalFromErrors(100, [10, 10, 10])?.map((q) => q.value)).toEqual([110, 110, 110]);
  });

  it('should floor at zero and keep the order when the errors reach below it', () => {
    const values = intervalFromErrors(5, [-20, -10, 0, 10])?.map((q) => q.value) ?? [];
    expect(values[0]).toBe(0);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it('should return the levels sorted when they are given out of order', () => {
    expect(intervalFromErrors(10, [1, 2, 3], [0.9, 0.1])?.map((q) => q.level)).toEqual([0.1, 0.9]);
  });

  it('should be null when there are no errors to learn from', () => {
    expect(intervalFromErrors(100, [])).toBeNull();
  });
});
