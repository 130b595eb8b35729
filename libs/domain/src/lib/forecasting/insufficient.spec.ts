import { insufficient, isInsufficient } from './insufficient';

describe('insufficient', () => {
  it('should carry the reason, the amounts and a message when a model declines', () => {
    const marker = insufficient('SHORT_HISTORY', 24, 20, 'Holt-Winters needs 24 months');
    expect(marker).toEqual({
      insufficient: true,
      reason: 'SHORT_HISTORY',
      needed: 24,
      available: 20,
      message: 'Holt-Winters needs 24 months',
    });
  });
});

describe('isInsufficient', () => {
  it('should tell the marker from a forecast when narrowing a result', () => {
    expect(isInsufficient(insufficient('SHORT_HISTORY', 2, 1, 'short'))).toBe(true);
    expect(isInsufficient([1, 2, 3])).toBe(false);
    expect(isInsufficient(null)).toBe(false);
    expect(isInsufficient({ insufficient: 'yes' })).toBe(false);
  });

  it('should not take a function for an Insufficient, even one with the flag', () => {
    expect(isInsufficient(Object.assign(() => 0, { insufficient: true }))).toBe(false);
  });
});
