import { estimateCloseDate } from './estimate-close-date';
import { isInsufficient } from './insufficient';

describe('estimateCloseDate', () => {
  const cycles = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

  it('should add the median cycle when the deal is brand new', () => {
    expect(estimateCloseDate('2024-01-01', 0, cycles)).toEqual({
      expectedClose: '2024-02-25',
      remainingDays: 55,
      comparableDeals: 10,
    });
  });

  it('should use only deals that lived as long when the deal is already old', () => {
    // At 45 days the plain median (55) would say 10 days; deals that lasted 45+ had 5..55 left, median 30.
    expect(estimateCloseDate('2024-01-01', 45, cycles)).toEqual({
      expectedClose: '2024-03-16',
      remainingDays: 30,
      comparableDeals: 6,
    });
  });

  it('should count a past deal that closed at exactly this age and round a half day up', () => {
    expect(estimateCloseDate('2024-01-01', 50, cycles, 1)).toMatchObject({
      remainingDays: 25,
      comparableDeals: 6,
    });
    expect(estimateCloseDate('2024-01-01', 0, [10, 11], 2)).toMatchObject({ remainingDays: 11 });
  });

  it('should decline when the deal is older than nearly all won deals', () => {
    const result = estimateCloseDate('2024-01-01', 95, cycles);
    expect(isInsufficient(result) && [result.reason, result.needed, result.available]).toEqual([
      'NO_COMPARABLE_DEALS',
      5,
      1,
    ]);
    expect(isInsufficient(estimateCloseDate('2024-01-01', 0, []))).toBe(true);
  });

  it('should throw when the date or the age is not valid', () => {
    expect(() => estimateCloseDate('2024-13-01', 0, cycles)).toThrow(/bad date/);
    expect(() => estimateCloseDate('2024-01-01', -1, cycles)).toThrow(/bad age/);
  });

  it('should give no estimate when no deal lived as long, even if fewer comparable deals were asked for', () => {
    const result = estimateCloseDate('2024-01-01', 500, cycles, 0);
    expect(isInsufficient(result) && result.message).toBe(
      'Only 0 won deals took 500 days or longer; 0 are needed',
    );
  });
});
