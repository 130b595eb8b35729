import { commissionLine } from './commission-line';
import { type CommissionCurve, type PlanMeasure } from './plan-rules';

const CURVE: CommissionCurve = { kind: 'COMMISSION', rate: '0.05' };
const MEASURE: PlanMeasure = {
  key: 'commission',
  label: 'Commission',
  metric: 'WON_REVENUE',
  scope: 'REP',
  weight: '0',
  curve: CURVE,
};
const WHOLE = { days: 91, periodDays: 91, segment: null };

describe('commissionLine', () => {
  it('should pay the flat rate on the revenue when the rep won some', () => {
    // 123,456.78 × 5% = 6,172.839 → 6,172.84 (617,283.9 minor units, half-up).
    const line = commissionLine(MEASURE, CURVE, { actual: '12345678', target: '0' }, WHOLE);
    expect(line).toMatchObject({
      kind: 'COMMISSION',
      tier: 'flat 5%',
      rate: '0.05',
      attainment: null,
      formula: '123,456.78 × 5% = 6,172.84',
      amountMinor: '617284',
    });
  });

  it('should round half-up when the commission is exactly half a minor unit', () => {
    // 30 × 5% = 1.5 → 2; 29 × 5% = 1.45 → 1.
    expect(commissionLine(MEASURE, CURVE, { actual: '30', target: '0' }, WHOLE).amountMinor).toBe('2');
    expect(commissionLine(MEASURE, CURVE, { actual: '29', target: '0' }, WHOLE).amountMinor).toBe('1');
  });

  it('should not prorate and say so when the segment is part of the period', () => {
    // The revenue is what was won in the 45 days, so 100,000.00 × 5% = 5,000.00 whole.
    const context = { days: 45, periodDays: 91, segment: null };
    const line = commissionLine(MEASURE, CURVE, { actual: '10000000', target: '20000000' }, context);
    expect(line.amountMinor).toBe('500000');
    expect(line.attainment).toBe('0.5000');
    expect(line.formula).toBe('100,000.00 × 5% = 5,000.00 (revenue won within 45 of 91 days; not prorated)');
  });

  it('should pay nothing when no revenue was measured', () => {
    expect(commissionLine(MEASURE, CURVE, undefined, WHOLE)).toMatchObject({
      tier: 'no revenue measured',
      formula: 'no revenue measured = 0.00',
      amountMinor: '0',
    });
  });
});
