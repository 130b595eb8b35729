import { gini, median, OUTLIER_Z, robustZScores } from './statistics';

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

  it('should be null when nothing was shared out and refuse negative values', () => {
    expect(gini([0, 0])).toBeNull();
    expect(gini([])).toBeNull();
    expect(() => gini([1, -1])).toThrow(/non-negative/);
  });
});
