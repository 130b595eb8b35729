import { searchUnitCube } from './search-unit-cube';

describe('searchUnitCube', () => {
  it('should find the minimum of a bowl inside the square', () => {
    const { point, value } = searchUnitCube(([x, y]) => (x - 0.42) ** 2 + 3 * (y - 0.17) ** 2, 2);
    expect(point[0]).toBeCloseTo(0.42, 5);
    expect(point[1]).toBeCloseTo(0.17, 5);
    expect(value).toBeCloseTo(0, 9);
  });

  // Two valleys: the left one (bottom 0.3 at x = 0.3) holds the best grid point, the right one (bottom 0
  // at x = 0.8) only the second best (x = 0.95 scores 0.31, x = 0.05 scores 0.3625, x = 0.6 scores 0.55).
  // A search that kept its first, or its last, start would stop in the left valley.
  const twoValleys = ([x]: number[]) => (x < 0.45 ? 0.3 + (x - 0.3) ** 2 : (0.31 / 0.0225) * (x - 0.8) ** 2);

  it('should take the deepest valley reached from any of its three starts, not the first start', () => {
    const { point, value } = searchUnitCube(twoValleys, 1);
    expect(point[0]).toBeCloseTo(0.8, 5);
    expect(value).toBeCloseTo(0, 9);
  });

  it('should start from the three best grid points only', () => {
    // The fourth grid point (x = 0.6) is in a third, deepest valley that none of the starts reaches.
    const threeValleys = ([x]: number[]) =>
      x > 0.5 && x < 0.7 ? -1 + (x - 0.6) ** 2 + 1.55 : twoValleys([x]);
    expect(threeValleys([0.6])).toBeCloseTo(0.55, 12);
    const { point } = searchUnitCube(threeValleys, 1);
    expect(point[0]).toBeCloseTo(0.8, 5);
  });

  it('should return the single empty point when there is nothing to search', () => {
    expect(searchUnitCube(() => 7, 0)).toEqual({ point: [], value: 7 });
  });
});
