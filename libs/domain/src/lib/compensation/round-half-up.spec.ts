import { Dec } from './decimal';
import { roundHalfUp, ROUNDING_EXPLANATION } from './round-half-up';

describe('roundHalfUp', () => {
  it('should round an exact half up when the value is x.5', () => {
    // 500.5 and 2.5 go up (a banker's rounding would give 500 and 2).
    expect(roundHalfUp(new Dec('500.5'))).toBe(501n);
    expect(roundHalfUp(new Dec('2.5'))).toBe(3n);
  });

  it('should round down when the value is just below a half', () => {
    expect(roundHalfUp(new Dec('500.4999999999'))).toBe(500n);
    expect(roundHalfUp(new Dec('0.49'))).toBe(0n);
  });

  it('should find the half when only the final division makes it', () => {
    // 1 / 2 is the half; 3 × (1/6) computed by dividing first would be 0.4999… and round to 0.
    expect(roundHalfUp(new Dec(3), 6)).toBe(1n);
    expect(roundHalfUp(new Dec(1), 3)).toBe(0n);
    expect(roundHalfUp(new Dec(2), 3)).toBe(1n);
  });

  it('should stay exact when the quotient has more digits than a float holds', () => {
    // 36,000,000,000,000,000,001 / 2 = 18,000,000,000,000,000,000.5 → ...001.
    expect(roundHalfUp(new Dec('36000000000000000001'), 2)).toBe(18000000000000000001n);
  });

  it('should refuse when the amount is negative or the denominator is not positive', () => {
    expect(() => roundHalfUp(new Dec(-1))).toThrow(RangeError);
    expect(() => roundHalfUp(new Dec(1), 0)).toThrow(RangeError);
  });

  it('should say what it cannot round when it refuses', () => {
    expect(() => roundHalfUp(new Dec(-1))).toThrow(
      new RangeError('Cannot round -1 / 1: amounts are never negative'),
    );
    expect(() => roundHalfUp(new Dec(7), -2)).toThrow(
      new RangeError('Cannot round 7 / -2: amounts are never negative'),
    );
  });

  it('should explain the rounding in the words statements show when asked', () => {
    expect(ROUNDING_EXPLANATION).toBe(
      'Each line is computed exactly and rounded once, half-up to the minor unit (0.5 goes up); ' +
        'the total is the exact sum of the rounded lines.',
    );
  });
});
