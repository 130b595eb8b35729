import { isCurrencyCode, minorToDecimal, parseAmountToMinor } from './money';

describe('money', () => {
  it.each([
    ['1054', 105400n],
    ['1,054', 105400n],
    ['$1,054.50', 105450n],
    ['0.5', 50n],
    ['-12.34', -1234n],
    ['1,234,567.89', 123456789n],
    [' 1,054.50 ', 105450n],
  ])('should read %p as %p minor units', (text, minor) => {
    expect(parseAmountToMinor(text)).toBe(minor);
  });

  it.each(['', 'abc', '1.234', '1e5', '12,34', '--1', '1,054.50$', '1$054'])('should refuse %p', (text) => {
    expect(parseAmountToMinor(text)).toBeNull();
  });

  it('should format minor units as a decimal without float rounding when the amount is large', () => {
    expect(minorToDecimal(900719925474099312n)).toBe('9007199254740993.12');
    expect(minorToDecimal(-5n)).toBe('-0.05');
  });

  it('should accept only three upper-case letters as a currency', () => {
    expect(isCurrencyCode('USD')).toBe(true);
    expect(isCurrencyCode('usd')).toBe(false);
  });
});
