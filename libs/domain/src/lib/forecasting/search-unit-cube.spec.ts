import { searchUnitCube } from './search-unit-cube';

describe('searchUnitCube', () => {
  it('should find the minimum of a bowl inside the square', () => {
    const { point, value } = searchUnitCube(([x, y]) => (x - 0.42) ** 2 + 3 * (y - 0.17) ** 2, 2);
    expect(point[0]).toBeCloseTo(0.42, 5);
    expect(point[1]).toBeCloseTo(0.17, 5);
    expect(value).toBeCloseTo(0, 9);
  });

  // Two valleys: the left one (bottom 0.3 at x = 0.3) holds the best grid point and the worst (x = 0.3
  // scores 0.3, x = 0.6 scores 0.39), the right one (bottom 0 at x = 0.9) only the second best (x = 0.95
  // scores 0.31). A search that kept its first or its last start, or started from the first three grid
  // points instead of the three best, would stop in the left valley.
  const twoValleys = ([x]: number[]) => (x < 0.82 ? 0.3 + (x - 0.3) ** 2 : 124 * (x - 0.9) ** 2);

  it('should start from the three best grid points and keep the deepest valley any of them reaches', () => {
    expect([0.05, 0.3, 0.6, 0.95].map((x) => twoValleys([x]))).toEqual([
      expect.closeTo(0.3625, 12),
      0.3,
      expect.closeTo(0.39, 12),
      expect.closeTo(0.31, 12),
    ]);
    const { point, value } = searchUnitCube(twoValleys, 1);
    expect(point[0]).toBeCloseTo(0.9, 5);
    expect(value).toBeCloseTo(0, 9);
  });

  it('should return the single empty point when there is nothing to search', () => {
    expect(searchUnitCube(() => 7, 0)).toEqual({ point: [], value: 7 });
  });
});
