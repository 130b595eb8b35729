import { parseDate } from './date-format';

describe('parseDate', () => {
  it.each([
    ['2017-03-01', 'YYYY-MM-DD', '2017-03-01'],
    ['1/3/2017', 'DD/MM/YYYY', '2017-03-01'],
    ['3/1/2017', 'MM/DD/YYYY', '2017-03-01'],
    ['01.03.2017', 'DD.MM.YYYY', '2017-03-01'],
  ] as const)('should read %p written %s', (text, format, iso) => {
    expect(parseDate(text, format)).toBe(iso);
  });

  it('should refuse a date that does not exist or does not fit the layout', () => {
    expect(parseDate('31/02/2017', 'DD/MM/YYYY')).toBeNull();
    expect(parseDate('2017-03-01', 'DD/MM/YYYY')).toBeNull();
    expect(parseDate('', 'YYYY-MM-DD')).toBeNull();
  });
});
