import reference from './fixtures/nelder-mead-reference.json';
import { nelderMead } from './nelder-mead';

// scipy's Nelder-Mead with bounds takes the same steps as ours (tools/forecast-reference/README.md), so
// from the same starting simplex the best point after each iteration must be the same. Written as in
// tools/forecast-reference/nelder_mead_reference.py.
const OBJECTIVES: Record<string, (p: number[]) => number> = {
  bowl: (p) => (p[0] - 0.3) ** 2 + 2 * (p[1] - 0.7) ** 2,
  rosenbrock: (p) => (1 - p[0]) ** 2 + 100 * (p[1] - p[0] * p[0]) ** 2,
  outsideTilted: (p) => (p[0] - 1.3) ** 2 + 3 * (p[1] - 0.2) ** 2 + (p[2] + 0.4) ** 2 + p[0] * p[1],
  skewedValley: (p) =>
    (p[0] - 0.6) ** 2 + 5 * (p[1] - 0.25 - 0.5 * p[0]) ** 2 + 0.1 * p[2] ** 2 + 0.3 * (p[2] - 0.5) ** 4,
  bumpy: (p) => (p[0] - 0.5) ** 2 + (p[1] - 0.5) ** 2 + 0.05 * Math.sin(25 * p[0]) * Math.sin(25 * p[1]),
};

describe('nelderMead against scipy', () => {
  describe.each(reference.cases)('$objective from $start', ({ objective, start, path }) => {
    it('should hold scipy best point and value after every iteration', () => {
      path.forEach((expected, i) => {
        // No stopping by tolerance: scipy's run had xatol = fatol = 0.
        const found = nelderMead(OBJECTIVES[objective], start, i + 1, -1, -1);
        expect({ iteration: i + 1, point: found.point }).toEqual({
          iteration: i + 1,
          point: expected.point.map((v) => expect.closeTo(v, 8)),
        });
        expect(found.value).toBeCloseTo(expected.value, 10);
      });
    });
  });
});
