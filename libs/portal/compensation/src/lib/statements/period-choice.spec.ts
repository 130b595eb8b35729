import { type PayPeriodRowFragment } from '@salesops/portal/data-access';

import {
  choosablePeriods,
  defaultPeriod,
  fiscalYearOfDate,
  fiscalYearOfKey,
  shiftYear,
} from './period-choice';

function row(period: string, type: string, status: 'OPEN' | 'CLOSED'): PayPeriodRowFragment {
  return {
    period,
    type,
    status,
    start: '',
    end: '',
    closedAt: null,
    closedByName: null,
    closable: false,
    goalCount: null,
  };
}

const YEAR = [
  row('FY2017', 'YEAR', 'OPEN'),
  row('FY2017-Q1', 'QUARTER', 'CLOSED'),
  row('FY2017-Q2', 'QUARTER', 'CLOSED'),
  row('FY2017-Q3', 'QUARTER', 'OPEN'),
  row('2017-01', 'MONTH', 'OPEN'),
];

describe('period choice', () => {
  it('should read and step fiscal years when given keys and dates', () => {
    expect(fiscalYearOfKey('FY2017-Q3')).toBe('FY2017');
    expect(fiscalYearOfKey('2017-03')).toBeNull();
    expect(shiftYear('FY2017', -1)).toBe('FY2016');
    expect(fiscalYearOfDate('2017-03-01', 1)).toBe('FY2017');
    expect(fiscalYearOfDate('2016-08-01', 7)).toBe('FY2017');
  });

  it('should offer the periods of the plan frequency', () => {
    expect(choosablePeriods(YEAR, 'QUARTER').map((p) => p.period)).toEqual([
      'FY2017-Q1',
      'FY2017-Q2',
      'FY2017-Q3',
    ]);
  });

  it('should keep the wanted period when listed, else pick the last closed one', () => {
    const quarters = choosablePeriods(YEAR, 'QUARTER');
    expect(defaultPeriod(quarters, 'FY2017-Q3')).toBe('FY2017-Q3');
    expect(defaultPeriod(quarters, 'FY2018-Q1')).toBe('FY2017-Q2');
    expect(defaultPeriod(choosablePeriods(YEAR, 'MONTH'), null)).toBe('2017-01');
    expect(defaultPeriod([], null)).toBeNull();
  });
});
