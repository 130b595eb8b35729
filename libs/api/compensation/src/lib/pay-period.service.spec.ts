import { parsePeriodKey, type Period } from '@salesops/domain';

import { payPeriodsOf } from './pay-period.service';

describe('payPeriodsOf', () => {
  it('should list a calendar fiscal year, its quarters and its twelve months in order', () => {
    const calendar = { startMonth: 1 };
    const periods = payPeriodsOf(parsePeriodKey('FY2017', calendar) as Period, calendar);
    expect(periods.map((p) => p.key)).toEqual([
      'FY2017',
      'FY2017-Q1',
      'FY2017-Q2',
      'FY2017-Q3',
      'FY2017-Q4',
      ...Array.from({ length: 12 }, (_, i) => `2017-${String(i + 1).padStart(2, '0')}`),
    ]);
  });

  it('should follow a fiscal year that starts in July across two calendar years', () => {
    const calendar = { startMonth: 7 };
    const periods = payPeriodsOf(parsePeriodKey('FY2017', calendar) as Period, calendar);
    expect(periods[1]).toEqual({ key: 'FY2017-Q1', type: 'QUARTER', start: '2016-07-01', end: '2016-10-01' });
    expect(periods.slice(5).map((p) => p.key)).toEqual([
      '2016-07',
      '2016-08',
      '2016-09',
      '2016-10',
      '2016-11',
      '2016-12',
      '2017-01',
      '2017-02',
      '2017-03',
      '2017-04',
      '2017-05',
      '2017-06',
    ]);
    expect(periods.at(-1)?.end).toBe(periods[0].end);
  });
});
