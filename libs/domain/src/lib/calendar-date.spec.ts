import { isCalendarDate, todayIsoDate } from './calendar-date';

describe('calendar date', () => {
  it.each(['2017-03-01', '2016-02-29', '2024-12-31'])('should accept %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each(['2017-02-29', '2017-13-01', '2017-3-1', '01/03/2017', '2017-03-01T00:00:00Z', ''])(
    'should refuse %p',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );

  it('should give the UTC date when asked for today', () => {
    expect(todayIsoDate(new Date('2026-11-26T23:59:59Z'))).toBe('2026-11-26');
  });
});
