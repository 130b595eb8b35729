import { nelderMead } from './nelder-mead';

describe('nelderMead', () => {
  it('should find the minimum of a bowl when it lies inside the cube', () => {
    const { point, value } = nelderMead(([x, y]) => (x - 0.3) ** 2 + 2 * (y - 0.7) ** 2, [0.5, 0.5]);
    expect(point[0]).toBeCloseTo(0.3, 4);
    expect(point[1]).toBeCloseTo(0.7, 4);
    expect(value).toBeCloseTo(0, 8);
  });

  it('should stop at the face when the minimum lies outside the cube', () => {
    const { point } = nelderMead(([x, y]) => (x - 2) ** 2 + (y + 1) ** 2, [0.5, 0.5]);
    expect(point[0]).toBeCloseTo(1, 6);
    expect(point[1]).toBeCloseTo(0, 6);
  });

  it('should give the same answer when run twice from the same start', () => {
    const rosenbrock = ([x, y]: number[]) => (1 - x) ** 2 + 100 * (y - x * x) ** 2;
    expect(nelderMead(rosenbrock, [0.1, 0.9])).toEqual(nelderMead(rosenbrock, [0.1, 0.9]));
  });

  /** The objective, and the points it was asked about in order. */
  const recorded = (objective: (p: number[]) => number) => {
    const calls: number[][] = [];
    return { calls, objective: (p: number[]) => (calls.push([...p]), objective(p)) };
  };

  it('should start from a simplex 0.2 along each axis, inwards above 0.8', () => {
    const { calls, objective } = recorded(([x, y]) => x + y);
    nelderMead(objective, [0.8, 0.85], 0);
    expect(calls).toEqual([
      [0.8, 0.85],
      [1, 0.85],
      [0.8, expect.closeTo(0.65, 12)],
    ]);
  });

  it('should clamp a start outside the cube into it', () => {
    const { calls, objective } = recorded(([x]) => x);
    nelderMead(objective, [1.7], 0);
    expect(calls).toEqual([[1], [expect.closeTo(0.8, 12)]]);
  });

  it('should only score the starting simplex when no iteration is allowed', () => {
    const { calls, objective } = recorded(([x, y, z]) => (x - 0.2) ** 2 + y + z);
    const found = nelderMead(objective, [0.5, 0.5, 0.5], 0);
    expect(calls).toHaveLength(4);
    expect(found.point).toEqual([0.5, 0.5, 0.5]);
  });

  it('should stop at once when the objective is flat, also at zero', () => {
    for (const level of [0, 5]) {
      const { calls, objective } = recorded(() => level);
      expect(nelderMead(objective, [0.4, 0.4], 500, 1e-12, 1)).toEqual({ point: [0.4, 0.4], value: level });
      expect(calls).toHaveLength(3);
    }
  });

  it('should count points exactly pointTolerance apart as close enough', () => {
    // From 0 the simplex is {0, 0.2}: exactly 0.2 apart, so a flat objective stops before any step.
    const { calls, objective } = recorded(() => 1);
    nelderMead(objective, [0], 500, 1e-12, 0.2);
    expect(calls).toEqual([[0], [0.2]]);
  });

  it('should shrink the whole simplex toward its best point when no step improves on a flat objective', () => {
    // Each iteration: a reflection and an inside contraction that are no lower, then the two other points
    // halve their distance to the best. From 0.2 apart, 11 halvings bring them within 1e-4.
    const { calls, objective } = recorded(() => 1);
    const found = nelderMead(objective, [0.4, 0.4], 500, 1e-12, 1e-4);
    expect(found.point).toEqual([0.4, 0.4]);
    expect(calls).toHaveLength(3 + 11 * 4);
  });

  it('should judge agreement of values relative to their size', () => {
    // Values near 1e6: a relative tolerance of 1e-9 is met once they agree to about 1e-3 (the best is then
    // within 1e-2 of the minimum), long before an absolute 1e-9 would be.
    const lifted = recorded(([x, y]) => 1e6 + (x - 0.3) ** 2 + (y - 0.6) ** 2);
    const found = nelderMead(lifted.objective, [0.5, 0.5], 500, 1e-9, 1);
    expect(found.value - 1e6).toBeLessThan(1e-2);
    expect(lifted.calls.length).toBeLessThan(40);
    const exact = recorded(([x, y]) => 1e6 + (x - 0.3) ** 2 + (y - 0.6) ** 2);
    nelderMead(exact.objective, [0.5, 0.5], 500, 1e-15, 1);
    expect(exact.calls.length).toBeGreaterThan(lifted.calls.length);
  });

  it('should not stop when two points straddle a valley at the same height', () => {
    // From 0.95 the simplex is {0.95, 0.75}; the inside contraction lands on 0.85, as high as 0.75.
    const straddled = nelderMead(([x]) => (x - 0.8) ** 2, [0.95]);
    expect(straddled.point[0]).toBeCloseTo(0.8, 4);
    // Without the point tolerance the values alone would stop there.
    expect(nelderMead(([x]) => (x - 0.8) ** 2, [0.95], 500, 1e-12, Infinity).point[0]).toBeCloseTo(0.85, 12);
  });

  it('should stop after the iterations it is given', () => {
    const { calls, objective } = recorded(([x, y]) => (1 - x) ** 2 + 100 * (y - x * x) ** 2);
    nelderMead(objective, [0.1, 0.9], 5, -1, -1);
    const five = calls.length;
    calls.length = 0;
    nelderMead(objective, [0.1, 0.9], 6, -1, -1);
    // An iteration scores one to k + 2 points: at least one more call, never the 500 default's.
    expect(calls.length).toBeGreaterThan(five);
    expect(calls.length).toBeLessThanOrEqual(five + 4);
  });
});
