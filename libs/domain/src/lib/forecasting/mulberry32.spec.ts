import { mulberry32 } from './mulberry32';

describe('mulberry32', () => {
  it('should give the reference sequence when seeded with 42', () => {
    // What the widely published mulberry32 one-liner gives for seed 42.
    const random = mulberry32(42);
    expect([random(), random(), random()]).toEqual([
      0.6011037519201636, 0.44829055899754167, 0.8524657934904099,
    ]);
  });

  it('should repeat itself when given the same seed and differ when given another', () => {
    const [a, b, c] = [mulberry32(7), mulberry32(7), mulberry32(8)];
    const draw = (random: () => number) => Array.from({ length: 5 }, random);
    expect(draw(a)).toEqual(draw(b));
    expect(draw(c)).not.toEqual(draw(mulberry32(7)));
  });

  it('should stay within [0, 1) and average near one half when drawn many times', () => {
    const random = mulberry32(123);
    const values = Array.from({ length: 20000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((sum, v) => sum + v, 0) / values.length).toBeCloseTo(0.5, 2);
  });
});
