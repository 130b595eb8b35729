import { gini, median, OUTLIER_Z, robustZScores, shareGap } from './statistics';

describe('median', () => {
  it('should take the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('robustZScores', () => {
  it('should single out the extreme value when one rep is far from the rest', () => {
    const scores = robustZScores([100, 110, 95, 105, 98, 102, 400]);
    expect(scores[6]).toBeGreaterThan(OUTLIER_Z);
    expect(scores.slice(0, 6).every((z) => Math.abs(z) < 2)).toBe(true);
  });

  it('should score a value exactly one MAD above the median as 1 / 1.4826', () => {
    const scores = robustZScores([1, 2, 3, 4, 5]);
    expect(scores[3]).toBeCloseTo(1 / 1.4826, 10);
    expect(scores[2]).toBe(0);
  });

  it('should still score when most values are equal, and give zeros when all are', () => {
    expect(robustZScores([0, 0, 0, 0, 50])[4]).toBeGreaterThan(OUTLIER_Z);
    expect(robustZScores([7, 7, 7])).toEqual([0, 0, 0]);
    expect(robustZScores([])).toEqual([]);
  });

  it('should divide by 1.2533 times the mean absolute deviation when the MAD is 0', () => {
    // Median 2, deviations [0, 0, 0, 8]: MAD 0, mean absolute deviation 2.
    const scores = robustZScores([2, 2, 2, 10]);
    expect(scores.slice(0, 3)).toEqual([0, 0, 0]);
    expect(scores[3]).toBeCloseTo(8 / (1.2533 * 2), 10);
  });
});

describe('gini', () => {
  it('should be 0 when everyone got the same number of leads', () => {
    expect(gini([10, 10, 10, 10])).toBe(0);
  });

  it('should approach 1 when one rep got everything', () => {
    expect(gini([0, 0, 0, 100])).toBeCloseTo(0.75, 10);
  });

  it('should match the textbook value for a small case', () => {
    // Mean absolute difference / (2 * mean) for [1, 2, 3, 4] = 0.25
    expect(gini([1, 2, 3, 4])).toBeCloseTo(0.25, 10);
  });

  it('should not depend on the order of the values', () => {
    expect(gini([4, 1, 3, 2])).toBeCloseTo(0.25, 10);
    expect(gini([100, 0, 0, 0])).toBeCloseTo(0.75, 10);
  });

  it('should be null when nothing was shared out and refuse negative values', () => {
    expect(gini([0, 0])).toBeNull();
    expect(gini([])).toBeNull();
    expect(() => gini([1, -1])).toThrow(/non-negative/);
  });
});

describe('shareGap', () => {
  it('should be 0 when each got leads in proportion to their weight, even when the counts differ', () => {
    expect(shareGap([20, 10, 10], [2, 1, 1])).toBe(0);
  });

  it('should be the part of the total that would have to change hands when the shares miss the weights', () => {
    // Even weights, 30/10: 10 of the 40 would have to move for 20/20.
    expect(shareGap([30, 10], [1, 1])).toBeCloseTo(0.25);
    // A rep weighted 3 got a quarter instead of three quarters: half of all leads went the other way.
    expect(shareGap([10, 30], [3, 1])).toBeCloseTo(0.5);
    expect(shareGap([0, 12], [1, 0])).toBe(1);
  });

  it('should say nothing when there were no leads or no weights', () => {
    expect(shareGap([0, 0], [1, 1])).toBeNull();
    expect(shareGap([3, 4], [0, 0])).toBeNull();
    expect(shareGap([], [])).toBeNull();
  });

  it('should refuse counts and weights that do not pair up or are negative', () => {
    expect(() => shareGap([1, 2], [1])).toThrow(/one weight per count/);
    expect(() => shareGap([1, -2], [1, 1])).toThrow(/non-negative/);
  });
});
