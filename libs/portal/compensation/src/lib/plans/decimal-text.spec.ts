import { rateToMultiplier, ratioToPercent, shiftDecimal } from './decimal-text';

describe('shiftDecimal', () => {
  it('should move the point exactly when the text is a decimal', () => {
    expect(shiftDecimal('0.875', 2)).toBe('87.5');
    expect(shiftDecimal('95', -2)).toBe('0.95');
    expect(shiftDecimal('1.5', 2)).toBe('150');
    expect(shiftDecimal('0.005', 2)).toBe('0.5');
    expect(shiftDecimal('200', -2)).toBe('2');
    expect(shiftDecimal('0.1', -2)).toBe('0.001');
    expect(shiftDecimal('0', -2)).toBe('0');
    expect(shiftDecimal('-120.50', 0)).toBe('-120.5');
    expect(shiftDecimal('-0', 2)).toBe('0');
  });

  it('should answer null when the text is not a decimal', () => {
    expect(shiftDecimal('', 2)).toBeNull();
    expect(shiftDecimal('1e3', 2)).toBeNull();
    expect(shiftDecimal('12.', 2)).toBeNull();
    expect(shiftDecimal('abc', 2)).toBeNull();
  });
});

describe('ratioToPercent and rateToMultiplier', () => {
  it('should write rules for people when given stored decimals', () => {
    expect(ratioToPercent('0.75')).toBe('75%');
    expect(ratioToPercent('2.0')).toBe('200%');
    expect(rateToMultiplier('2.0')).toBe('2x');
    expect(rateToMultiplier('1.50')).toBe('1.5x');
  });
});
