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
});
