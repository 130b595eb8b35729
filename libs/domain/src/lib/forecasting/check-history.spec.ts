import { checkHistory } from './check-history';

describe('checkHistory', () => {
  it('should pass when the history is long enough', () => {
    expect(checkHistory([1, 2, 3], 2, 3, 'Test')).toBeNull();
    expect(checkHistory([1], 0, 1, 'Test')).toBeNull();
  });

  it('should return a short-history marker with the amounts when the history is too short', () => {
    expect(checkHistory([1, 2], 3, 3, 'Test')).toMatchObject({
      reason: 'SHORT_HISTORY',
      needed: 3,
      available: 2,
      message: 'Test needs at least 3 months of history, 2 available',
    });
    expect(checkHistory([], 1, 1, 'Test')).toMatchObject({ needed: 1, available: 0 });
  });

  it('should throw when the horizon is negative or fractional, or a value is not finite', () => {
    expect(() => checkHistory([1], -1, 1, 'Test')).toThrow(/horizon/);
    expect(() => checkHistory([1], 1.5, 1, 'Test')).toThrow(/horizon/);
    expect(() => checkHistory([1, Number.NaN], 1, 1, 'Test')).toThrow(/finite/);
    expect(() => checkHistory([Infinity], 1, 1, 'Test')).toThrow(/finite/);
  });
});
