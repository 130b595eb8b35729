import { isInsufficient } from './insufficient';
import { seasonalNaive } from './seasonal-naive';

describe('seasonalNaive', () => {
  const season = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

  it('should repeat the last season when the series is purely seasonal', () => {
    expect(seasonalNaive([...season, ...season], 14)).toEqual([...season, 1, 2]);
  });

  it('should start from the month a season back when the history ends mid-season', () => {
    // Last season seen: 4..12 then 1, 2, 3 of the next year; the forecast carries on from month 4.
    expect(seasonalNaive([...season, ...season.slice(0, 3)], 3)).toEqual([4, 5, 6]);
  });

  it('should use the given period when it is not 12', () => {
    expect(seasonalNaive([9, 1, 2, 3, 4], 5, 4)).toEqual([1, 2, 3, 4, 1]);
  });

  it('should decline with the season length when less than one season is known', () => {
    const result = seasonalNaive(season.slice(0, 11), 1);
    expect(isInsufficient(result) && [result.needed, result.available]).toEqual([12, 11]);
  });

  it('should throw when the period is not a positive whole number', () => {
    expect(() => seasonalNaive(season, 1, 0)).toThrow(/period/);
  });

  it('should accept a season of one month, which repeats the last month', () => {
    expect(seasonalNaive([3, 4, 9], 2, 1)).toEqual([9, 9]);
  });

  it('should name Seasonal naive when the history is shorter than a season', () => {
    expect(seasonalNaive([1, 2], 1, 3)).toMatchObject({
      message: 'Seasonal naive needs at least 3 months of history, 2 available',
    });
  });
});
