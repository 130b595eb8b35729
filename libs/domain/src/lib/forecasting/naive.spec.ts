import { isInsufficient } from './insufficient';
import { naive } from './naive';

describe('naive', () => {
  it('should repeat the last month when forecasting any series', () => {
    expect(naive([5, 5, 5], 3)).toEqual([5, 5, 5]);
    expect(naive([10, 20, 30], 2)).toEqual([30, 30]);
    expect(naive([0], 1)).toEqual([0]);
  });

  it('should return no months when the horizon is 0', () => {
    expect(naive([1, 2], 0)).toEqual([]);
  });

  it('should decline when there is no history', () => {
    const result = naive([], 3);
    expect(isInsufficient(result) && result.needed).toBe(1);
  });

  it('should say Naive and how many months it needs when there is no history', () => {
    expect(naive([], 1)).toMatchObject({
      insufficient: true,
      message: 'Naive needs at least 1 months of history, 0 available',
    });
  });
});
