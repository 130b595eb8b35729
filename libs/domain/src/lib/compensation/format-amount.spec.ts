import { formatAmount } from './format-amount';

describe('formatAmount', () => {
  it.each([
    [0n, '0.00'],
    [5n, '0.05'],
    [100000n, '1,000.00'],
    [1000000n, '10,000.00'],
    [123456789012n, '1,234,567,890.12'],
    [-123456n, '-1,234.56'],
  ])('should write %p minor units as %p when grouping thousands', (minor, text) => {
    expect(formatAmount(minor)).toBe(text);
  });
});
