import { addDays, daysBetween, parsePeriodKey, periodContaining } from './period';

const calendarYear = { startMonth: 1 };
const july = { startMonth: 7 };

describe('parsePeriodKey', () => {
  it.each([
    ['FY2017', calendarYear, 'YEAR', '2017-01-01', '2018-01-01'],
    ['FY2017-Q3', calendarYear, 'QUARTER', '2017-07-01', '2017-10-01'],
    ['FY2017', july, 'YEAR', '2016-07-01', '2017-07-01'],
    ['FY2017-Q1', july, 'QUARTER', '2016-07-01', '2016-10-01'],
    ['FY2017-Q3', july, 'QUARTER', '2017-01-01', '2017-04-01'],
    ['2017-03', july, 'MONTH', '2017-03-01', '2017-04-01'],
    ['2017-W09', calendarYear, 'WEEK', '2017-02-27', '2017-03-06'],
    ['2020-W53', calendarYear, 'WEEK', '2020-12-28', '2021-01-04'],
    ['2016-W01', calendarYear, 'WEEK', '2016-01-04', '2016-01-11'],
  ] as const)('should read %s (start month %o) as a %s from %s to %s', (key, calendar, type, start, end) => {
    expect(parsePeriodKey(key, calendar)).toEqual({ key, type, start, end });
  });

  it.each(['FY17', 'FY2017-Q5', '2017-13', '2017-W54', '2017-W53', '2017-W00', 'Q1-2017'])('should refuse %p', (key) => {
    expect(parsePeriodKey(key, calendarYear)).toBeNull();
  });

  it('should refuse a start month outside 1 to 12', () => {
    expect(() => parsePeriodKey('FY2017', { startMonth: 13 })).toThrow(/month from 1 to 12/);
  });
});

describe('periodContaining', () => {
  it('should find the fiscal year and quarter of a date when the year starts in July', () => {
    expect(periodContaining('2016-08-15', 'YEAR', july).key).toBe('FY2017');
    expect(periodContaining('2017-06-30', 'QUARTER', july).key).toBe('FY2017-Q4');
    expect(periodContaining('2017-07-01', 'QUARTER', july).key).toBe('FY2018-Q1');
  });

  it('should find ISO weeks across a year boundary', () => {
    expect(periodContaining('2017-03-01', 'WEEK', calendarYear).key).toBe('2017-W09');
    expect(periodContaining('2021-01-03', 'WEEK', calendarYear).key).toBe('2020-W53');
    expect(periodContaining('2018-12-31', 'WEEK', calendarYear).key).toBe('2019-W01');
  });

  it('should give back the containing period for every day of a leap year', () => {
    for (let day = '2016-01-01'; day < '2017-01-01'; day = addDays(day, 1)) {
      for (const type of ['YEAR', 'QUARTER', 'MONTH', 'WEEK'] as const) {
        const period = periodContaining(day, type, july);
        expect(day >= period.start && day < period.end).toBe(true);
      }
    }
  });

  it('should count whole days between dates', () => {
    expect(daysBetween('2016-10-20', '2017-03-01')).toBe(132);
  });
});
