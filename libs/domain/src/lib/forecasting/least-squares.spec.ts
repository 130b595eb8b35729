import { leastSquares } from './least-squares';

describe('leastSquares', () => {
  it('should recover the coefficients when the target is an exact combination', () => {
    const x = [0, 1, 2, 3, 4];
    const [a, b] = leastSquares(
      [x.map(() => 1), x],
      x.map((v) => 2 + 3 * v),
    );
    expect(a).toBeCloseTo(2, 10);
    expect(b).toBeCloseTo(3, 10);
  });

  it('should give the textbook regression line when the points do not fit exactly', () => {
    // x = 0, 1, 2 and y = 1, 2, 2: slope Sxy / Sxx = 1 / 2, intercept 5/3 - 1/2 = 7/6.
    const [a, b] = leastSquares(
      [
        [1, 1, 1],
        [0, 1, 2],
      ],
      [1, 2, 2],
    );
    expect(a).toBeCloseTo(7 / 6, 10);
    expect(b).toBeCloseTo(0.5, 10);
  });

  it('should still fit, with 0 for the redundant column, when two columns are the same', () => {
    const [a, b] = leastSquares(
      [
        [1, 2, 3],
        [1, 2, 3],
      ],
      [2, 4, 6],
    );
    expect(a + b).toBeCloseTo(2, 10);
    expect([a, b]).toContain(0);
  });

  it('should return zeros when a column is all zeros or there is no column', () => {
    expect(leastSquares([[0, 0]], [1, 2])).toEqual([0]);
    expect(leastSquares([], [1, 2])).toEqual([]);
  });

  it('should give 0 to a column that differs from another only by rounding, judged against the largest sum', () => {
    // b = a within 1e-13 relative: what is left of its pivot is rounding noise, far below 1e-12 of the
    // largest diagonal sum, so it counts as nothing new rather than as a tiny divisor.
    const a = [0.1, 0.2, 0.7];
    const b = a.map((v, i) => v * (1 + 1e-14 * (i + 1)));
    const [ca, cb] = leastSquares([a, b], [1, 2, 3]);
    expect(cb).toBe(0);
    // (0.1 + 0.4 + 2.1) / (0.01 + 0.04 + 0.49): the one-column fit.
    expect(ca).toBeCloseTo(2.6 / 0.54, 10);
  });

  it('should judge a pivot small against the size of the sums, not against 1', () => {
    // Nearly equal columns at 1,000 times the scale: the sums are a million times larger, and so is what
    // counts as nothing new (a threshold that shrank with the scale would divide by the rounding noise).
    const a = [100, 200, 700];
    const b = a.map((v, i) => v * (1 + 1e-12 * (i + 1)));
    const [ca, cb] = leastSquares([a, b], [1, 2, 3]);
    expect(cb).toBe(0);
    expect(ca).toBeCloseTo(2600 / 540_000, 12);
  });
});
