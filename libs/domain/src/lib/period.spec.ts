import { addDays, daysBetween, isPeriodKey, parsePeriodKey, periodContaining, periodsWithin } from './period';

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

  it.each(['FY17', 'FY2017-Q5', '2017-13', '2017-W54', '2017-W53', '2017-W00', 'Q1-2017'])(
    'should refuse %p',
    (key) => {
      expect(parsePeriodKey(key, calendarYear)).toBeNull();
    },
  );

  it.each([
    'FY2017/FY2018',
    'FY2017/FY2018-Q1',
    'FY2017-Q12',
    'FY2017-03',
    '2017-03-01',
    'FY2017-W09',
    '2017-W09-3',
  ])('should refuse %p, a key with more text around it', (key) => {
    expect(parsePeriodKey(key, calendarYear)).toBeNull();
    expect(isPeriodKey(key)).toBe(false);
  });

  it('should refuse a start month outside 1 to 12', () => {
    expect(() => parsePeriodKey('FY2017', { startMonth: 13 })).toThrow(/month from 1 to 12/);
    expect(() => parsePeriodKey('FY2017', { startMonth: 0 })).toThrow(/month from 1 to 12/);
    expect(() => parsePeriodKey('2017-03', { startMonth: 0 })).toThrow(/month from 1 to 12/);
    expect(() => parsePeriodKey('FY2017', { startMonth: 6.5 })).toThrow(/month from 1 to 12/);
  });

  it('should take December, the last month, as the start month', () => {
    const december = { startMonth: 12 };
    expect(parsePeriodKey('FY2017', december)).toEqual({
      key: 'FY2017',
      type: 'YEAR',
      start: '2016-12-01',
      end: '2017-12-01',
    });
    expect(parsePeriodKey('FY2017-Q2', december)).toMatchObject({ start: '2017-03-01', end: '2017-06-01' });
    expect(periodContaining('2016-12-15', 'YEAR', december).key).toBe('FY2017');
    expect(periodContaining('2016-11-30', 'YEAR', december).key).toBe('FY2016');
  });

  it.each([
    ['FY1900', calendarYear, '1900-01-01', '1901-01-01'],
    ['FY1900', july, '1899-07-01', '1900-07-01'],
    ['FY2999', calendarYear, '2999-01-01', '3000-01-01'],
    ['FY2999-Q4', july, '2999-04-01', '2999-07-01'],
    ['1900-01', calendarYear, '1900-01-01', '1900-02-01'],
    ['2999-12', calendarYear, '2999-12-01', '3000-01-01'],
    ['1900-W01', calendarYear, '1900-01-01', '1900-01-08'],
    ['2999-W52', calendarYear, '2999-12-23', '2999-12-30'],
  ] as const)(
    'should read %s (start month %o) at the ends of the range as %s to %s',
    (key, calendar, start, end) => {
      expect(parsePeriodKey(key, calendar)).toMatchObject({ start, end });
    },
  );

  it.each([
    'FY1899',
    'FY3000',
    'FY0000',
    'FY9999',
    'FY9999-Q4',
    '1899-12',
    '3000-01',
    '0000-01',
    '9999-12',
    '1899-W52',
    '3000-W01',
    '2999-W53',
    '2016-W53',
  ])('should refuse %p, outside the years 1900 to 2999 or not a week of its year', (key) => {
    expect(parsePeriodKey(key, july)).toBeNull();
    expect(parsePeriodKey(key, calendarYear)).toBeNull();
  });
});

describe('isPeriodKey', () => {
  it('should tell a period key whatever the calendar, optionally of some types only', () => {
    expect(
      ['FY2017', 'FY2017-Q3', '2017-03', '2020-W53', 'FY1900', '2999-12'].map((key) => isPeriodKey(key)),
    ).toEqual([true, true, true, true, true, true]);
    expect(
      ['FY3000', '0000-01', '2017-W53', '2017-13', 'FY2017 ', ''].map((key) => isPeriodKey(key)),
    ).toEqual([false, false, false, false, false, false]);
    expect(isPeriodKey('FY2017', ['YEAR'])).toBe(true);
    expect(isPeriodKey('FY2017-Q1', ['YEAR'])).toBe(false);
    expect(isPeriodKey('2017-W09', ['YEAR', 'QUARTER', 'MONTH'])).toBe(false);
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

  it('should find the periods of the first and last supported days, even those that reach past the range', () => {
    expect(periodContaining('1900-01-01', 'WEEK', calendarYear).key).toBe('1900-W01');
    expect(periodContaining('2999-12-31', 'MONTH', calendarYear).key).toBe('2999-12');
    expect(periodContaining('2999-12-31', 'YEAR', calendarYear).key).toBe('FY2999');
    expect(periodContaining('2999-12-31', 'YEAR', july)).toEqual({
      key: 'FY3000',
      type: 'YEAR',
      start: '2999-07-01',
      end: '3000-07-01',
    });
    expect(periodContaining('2999-12-31', 'WEEK', calendarYear).key).toBe('3000-W01');
    expect(periodContaining('1899-07-01', 'MONTH', july).key).toBe('1899-07');
    expect(periodContaining('3000-01-01', 'MONTH', calendarYear).key).toBe('3000-01');
  });

  it.each(['2017-02-30', '0000-01-01', '9999-12-31', '1898-12-31', '3001-01-01', '2017-3-1'])(
    'should refuse to place %p',
    (date) => {
      expect(() => periodContaining(date, 'MONTH', calendarYear)).toThrow(
        `"${date}" is not a date written YYYY-MM-DD from 1899 to 3000`,
      );
    },
  );

  it('should count whole days between dates', () => {
    expect(daysBetween('2016-10-20', '2017-03-01')).toBe(132);
  });
});

describe('periodsWithin', () => {
  const july = { startMonth: 7 };
  const year = parsePeriodKey('FY2017', july) as NonNullable<ReturnType<typeof parsePeriodKey>>;

  it('should give the twelve months of a fiscal year in order, from its first month', () => {
    const months = periodsWithin(year, 'MONTH', july);
    expect(months.map((m) => m.key)).toEqual([
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
    expect(months[0].start).toBe('2016-07-01');
    expect(months[11].end).toBe('2017-07-01');
  });

  it('should give the quarters of a year and the months of a quarter', () => {
    expect(periodsWithin(year, 'QUARTER', july).map((q) => q.key)).toEqual([
      'FY2017-Q1',
      'FY2017-Q2',
      'FY2017-Q3',
      'FY2017-Q4',
    ]);
    const q1 = parsePeriodKey('FY2017-Q1', { startMonth: 1 }) as NonNullable<
      ReturnType<typeof parsePeriodKey>
    >;
    expect(periodsWithin(q1, 'MONTH', { startMonth: 1 }).map((m) => m.key)).toEqual([
      '2017-01',
      '2017-02',
      '2017-03',
    ]);
  });

  it('should give every ISO week that overlaps the year, the first one starting before it', () => {
    const calendarYear = parsePeriodKey('FY2017', { startMonth: 1 }) as NonNullable<
      ReturnType<typeof parsePeriodKey>
    >;
    const weeks = periodsWithin(calendarYear, 'WEEK', { startMonth: 1 });
    // 2017-01-01 is a Sunday: it belongs to 2016-W52; 2017-12-31 is a Sunday too, the end of 2017-W52.
    expect(weeks[0]).toEqual({ key: '2016-W52', type: 'WEEK', start: '2016-12-26', end: '2017-01-02' });
    expect(weeks.at(-1)).toEqual({ key: '2017-W52', type: 'WEEK', start: '2017-12-25', end: '2018-01-01' });
    expect(weeks).toHaveLength(53);
    weeks.slice(1).forEach((week, i) => expect(week.start).toBe(weeks[i].end));
  });

  it('should give the one week a week holds, and nothing for an empty span', () => {
    const week = parsePeriodKey('2017-W09', { startMonth: 1 }) as NonNullable<
      ReturnType<typeof parsePeriodKey>
    >;
    expect(periodsWithin(week, 'WEEK', { startMonth: 1 })).toEqual([week]);
    expect(periodsWithin({ ...week, end: week.start }, 'WEEK', { startMonth: 1 })).toEqual([]);
  });
});
