import { payPeriodRow } from '@salesops/portal/data-access/testing';

import { lastDayOf, parseFiscalYear, payPeriodLines, shiftFiscalYear } from './pay-period-model';

const row = payPeriodRow;

// As the API lists a year: the year, its quarters, then its months (only the first half here).
const LISTED = [
  row('FY2017', 'YEAR', '2017-01-01', '2018-01-01'),
  row('FY2017-Q1', 'QUARTER', '2017-01-01', '2017-04-01', true),
  row('FY2017-Q2', 'QUARTER', '2017-04-01', '2017-07-01'),
  row('2017-01', 'MONTH', '2017-01-01', '2017-02-01'),
  row('2017-02', 'MONTH', '2017-02-01', '2017-03-01'),
  row('2017-03', 'MONTH', '2017-03-01', '2017-04-01', true),
  row('2017-04', 'MONTH', '2017-04-01', '2017-05-01'),
];

describe('payPeriodLines', () => {
  it('should put each quarter right before its months, under the year', () => {
    const lines = payPeriodLines(LISTED);

    expect(lines.map((line) => `${line.depth}:${line.period.period}`)).toEqual([
      '0:FY2017',
      '1:FY2017-Q1',
      '2:2017-01',
      '2:2017-02',
      '2:2017-03',
      '1:FY2017-Q2',
      '2:2017-04',
    ]);
  });

  it('should give the last day, the day before the exclusive end', () => {
    const lines = payPeriodLines(LISTED);

    expect(lines.find((line) => line.period.period === '2017-02')?.lastDay).toBe('2017-02-28');
    expect(lines[0].lastDay).toBe('2017-12-31');
    expect(lastDayOf('2016-03-01')).toBe('2016-02-29');
  });

  it('should name the closed quarter that locks the goals of an open month, and nothing for the rest', () => {
    const lockedBy = Object.fromEntries(payPeriodLines(LISTED).map((l) => [l.period.period, l.lockedBy]));

    expect(lockedBy).toEqual({
      FY2017: null,
      'FY2017-Q1': null,
      '2017-01': 'FY2017-Q1',
      '2017-02': 'FY2017-Q1',
      // Closed itself: the status says so.
      '2017-03': null,
      'FY2017-Q2': null,
      '2017-04': null,
    });
  });

  it('should keep a month that no listed quarter holds', () => {
    const lines = payPeriodLines([row('2017-05', 'MONTH', '2017-05-01', '2017-06-01')]);

    expect(lines.map((line) => line.period.period)).toEqual(['2017-05']);
  });
});

describe('fiscal years', () => {
  it('should read FY2017, fy2017 and 2017 as FY2017 and refuse anything else', () => {
    expect(parseFiscalYear('FY2017')).toBe('FY2017');
    expect(parseFiscalYear(' fy2017 ')).toBe('FY2017');
    expect(parseFiscalYear('2017')).toBe('FY2017');
    for (const text of ['FY17', 'FY2017-Q1', '2017-03', '']) expect(parseFiscalYear(text)).toBeNull();
  });

  it('should step years back and forth', () => {
    expect(shiftFiscalYear('FY2017', -1)).toBe('FY2016');
    expect(shiftFiscalYear('FY2017', 2)).toBe('FY2019');
  });
});
