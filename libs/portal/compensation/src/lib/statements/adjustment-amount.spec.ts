import { isAdjustmentAmount } from './adjustment-amount';

describe('isAdjustmentAmount', () => {
  it('should accept decimals with at most two places, negative ones too', () => {
    expect(isAdjustmentAmount('120.50')).toBe(true);
    expect(isAdjustmentAmount('-120.5')).toBe(true);
    expect(isAdjustmentAmount(' 7 ')).toBe(true);
  });

  it('should refuse zero, three decimals and anything not a number', () => {
    expect(isAdjustmentAmount('0')).toBe(false);
    expect(isAdjustmentAmount('-0.00')).toBe(false);
    expect(isAdjustmentAmount('1.005')).toBe(false);
    expect(isAdjustmentAmount('1e3')).toBe(false);
    expect(isAdjustmentAmount('')).toBe(false);
  });
});
