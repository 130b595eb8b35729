import { drift } from './drift';
import { isInsufficient } from './insufficient';

describe('drift', () => {
  it('should continue the line when the series is a pure linear trend', () => {
    expect(drift([100, 110, 120, 130], 3)).toEqual([140, 150, 160]);
  });

  it('should stay flat when the series is constant', () => {
    expect(drift([7, 7, 7], 2)).toEqual([7, 7]);
  });

  it('should use only the first and last months when the middle wanders', () => {
    // Slope (40 - 10) / 3 = 10, whatever happened in between.
    expect(drift([10, 90, -5, 40], 2)).toEqual([50, 60]);
  });

  it('should floor at zero when the line falls below it', () => {
    expect(drift([30, 20, 10], 3)).toEqual([0, 0, 0]);
  });

  it('should decline when only one month is known', () => {
    expect(isInsufficient(drift([5], 1))).toBe(true);
  });

  it('should say Drift and how many months it needs when the history is too short', () => {
    expect(drift([5], 2)).toMatchObject({
      insufficient: true,
      message: 'Drift needs at least 2 months of history, 1 available',
    });
  });
});
