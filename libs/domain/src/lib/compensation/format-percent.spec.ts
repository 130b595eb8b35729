import { Dec } from './decimal';
import { formatMultiplier, formatPercent } from './format-percent';

describe('formatPercent', () => {
  it.each([
    ['0.75', '75%'],
    ['0.8734', '87.34%'],
    ['0.87345', '87.35%'],
    ['1.0', '100%'],
    ['0', '0%'],
    ['2.5', '250%'],
  ])('should write %p as %p when rounding to two decimals', (ratio, text) => {
    expect(formatPercent(ratio)).toBe(text);
  });

  it('should round a repeating ratio when it has no exact percentage', () => {
    expect(formatPercent(new Dec(1).div(3))).toBe('33.33%');
    expect(formatPercent(new Dec(2).div(3))).toBe('66.67%');
  });
});

describe('formatMultiplier', () => {
  it('should drop trailing zeros when the rate is written with them', () => {
    expect(formatMultiplier('2')).toBe('2x');
    expect(formatMultiplier('1.50')).toBe('1.5x');
  });
});

describe('formatPercent with more decimals', () => {
  it('should show a rule value exactly when asked for four decimals', () => {
    expect(formatPercent('0.123456', 4)).toBe('12.3456%');
    expect(formatPercent('0.123456')).toBe('12.35%');
  });
});
