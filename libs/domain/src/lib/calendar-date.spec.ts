import { DATE_RANGE, isCalendarDate, isRealDate, parseDateTime, todayIsoDate } from './calendar-date';

describe('calendar date', () => {
  it.each(['2017-03-01', '2016-02-29', '2000-02-29', '2024-12-31', '1900-01-01', '2999-12-31'])(
    'should accept %s',
    (value) => {
      expect(isCalendarDate(value)).toBe(true);
    },
  );

  it.each([
    '2017-02-29',
    '1900-02-29',
    '2017-02-30',
    '2017-13-01',
    '2017-00-10',
    '2017-01-00',
    '2017-04-31',
    '0000-01-01',
    '0099-01-01',
    '9999-12-31',
    '1899-12-31',
    '3000-01-01',
    '2017-3-1',
    '01/03/2017',
    '2017-03-01T00:00:00Z',
    ' 2017-03-01',
    '12017-03-01',
    '',
  ])('should refuse %p', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });

  it('should accept exactly the ends of DATE_RANGE and refuse the day outside each', () => {
    expect(DATE_RANGE).toEqual({ min: '1900-01-01', max: '2999-12-31' });
    expect([DATE_RANGE.min, DATE_RANGE.max].map(isCalendarDate)).toEqual([true, true]);
    expect(['1899-12-31', '3000-01-01'].map(isCalendarDate)).toEqual([false, false]);
  });

  it('should know real days outside the range when asked for any year', () => {
    expect(['0000-02-29', '0099-12-31', '1899-12-31', '9999-12-31'].map(isRealDate)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['0001-02-29', '1900-02-29', '2017-02-30', '2017-13-01', '12017-03-01'].map(isRealDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('should refuse day 00 of March in a common year, which the date arithmetic turns into 1 March', () => {
    // Day 0 of March 2000 is 29 February 2000; moved to 2017 it becomes 1 March: the month still matches, the day does not.
    expect(['2017-03-00', '1900-03-00', '2016-03-00'].map(isRealDate)).toEqual([false, false, false]);
    expect(isCalendarDate('2017-03-00')).toBe(false);
    expect(parseDateTime('2017-03-00T00:00:00Z')).toBeNull();
  });

  it('should give the UTC date when asked for today', () => {
    expect(todayIsoDate(new Date('2026-11-26T23:59:59Z'))).toBe('2026-11-26');
  });
});

describe('parseDateTime', () => {
  it.each([
    ['2017-03-01T09:30:00Z', '2017-03-01T09:30:00.000Z'],
    ['2017-03-01T09:30Z', '2017-03-01T09:30:00.000Z'],
    ['2017-03-01t09:30:05.1234z', '2017-03-01T09:30:05.123Z'],
    ['2016-02-29T23:59:59+09:00', '2016-02-29T14:59:59.000Z'],
    ['2017-03-01T01:00:00-05:30', '2017-03-01T06:30:00.000Z'],
    ['1900-01-01T00:00:00Z', '1900-01-01T00:00:00.000Z'],
    ['2999-12-31T23:59:59.999Z', '2999-12-31T23:59:59.999Z'],
    ['2017-03-01T09:30:05.5Z', '2017-03-01T09:30:05.500Z'],
    ['2017-03-01T09:30:05.05Z', '2017-03-01T09:30:05.050Z'],
    ['2017-03-01T09:00:00+23:00', '2017-02-28T10:00:00.000Z'],
    ['2017-03-01T09:00:00-23:00', '2017-03-02T08:00:00.000Z'],
    ['2017-03-01T09:00:00+05:59', '2017-03-01T03:01:00.000Z'],
  ])('should read %s as %s', (value, instant) => {
    expect(parseDateTime(value)?.toISOString()).toBe(instant);
  });

  it.each([
    '2017-02-30T00:00:00Z',
    '2017-02-29T00:00:00Z',
    '2017-13-01T00:00:00Z',
    '2017-01-00T00:00:00Z',
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '1899-12-31T23:59:59.999Z',
    '3000-01-01T00:00:00Z',
    '1900-01-01T00:30:00+01:00',
    '2999-12-31T23:30:00-01:00',
    '3000-01-01T00:30:00+01:00',
    '2017-03-01T24:00:00Z',
    '2017-03-01T09:60:00Z',
    '2017-03-01T09:00:60Z',
    '2017-03-01T09:00:00+24:00',
    '2017-03-01T09:00:00+00:60',
    'x2017-03-01T09:00:00Z',
    '2017-03-01T09:00:00Zx',
    '2017-03-01T09:00:00',
    '2017-03-01',
    '2017-03-01 09:00:00Z',
    'Wed, 01 Mar 2017 09:00:00 GMT',
    '1488358800000',
    '',
  ])('should refuse %p', (value) => {
    expect(parseDateTime(value)).toBeNull();
  });
});
