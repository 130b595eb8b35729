import { intervalCoverage } from './interval-coverage';

describe('intervalCoverage', () => {
  it('should count actuals on the bounds as inside when some are out', () => {
    // 0 in [0, 1], 5 not in [6, 8], 10 in [5, 10], 20 not in [0, 19].
    expect(intervalCoverage([0, 5, 10, 20], [0, 6, 5, 0], [1, 8, 10, 19])).toBe(0.5);
  });

  it('should be 1 when every actual is inside', () => {
    expect(intervalCoverage([3, 4], [0, 0], [10, 10])).toBe(1);
  });

  it('should be null when there is nothing to check', () => {
    expect(intervalCoverage([], [], [])).toBeNull();
  });

  it('should throw when bounds and actuals do not pair up', () => {
    expect(() => intervalCoverage([1, 2], [0], [3, 3])).toThrow(/one lower and one upper/);
  });

  it('should refuse bounds that do not pair with the actuals one to one', () => {
    expect(() => intervalCoverage([1, 2], [0], [3, 3])).toThrow(RangeError);
    expect(() => intervalCoverage([1, 2], [0, 0], [3])).toThrow(RangeError);
  });
});
