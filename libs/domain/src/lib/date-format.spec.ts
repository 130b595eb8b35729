import { DATE_FORMATS, type DateFormat, parseDate } from './date-format';

describe('parseDate', () => {
  it.each([
    ['2017-03-01', 'YYYY-MM-DD', '2017-03-01'],
    ['1/3/2017', 'DD/MM/YYYY', '2017-03-01'],
    ['3/1/2017', 'MM/DD/YYYY', '2017-03-01'],
    ['01.03.2017', 'DD.MM.YYYY', '2017-03-01'],
    ['25/12/2017', 'DD/MM/YYYY', '2017-12-25'],
    ['12/25/2017', 'MM/DD/YYYY', '2017-12-25'],
    [' 1/3/2017 ', 'DD/MM/YYYY', '2017-03-01'],
  ] as const)('should read %p written %s', (text, format, iso) => {
    expect(parseDate(text, format)).toBe(iso);
  });

  it('should refuse a date that does not exist or does not fit the layout', () => {
    expect(parseDate('31/02/2017', 'DD/MM/YYYY')).toBeNull();
    expect(parseDate('2017-03-01', 'DD/MM/YYYY')).toBeNull();
    expect(parseDate('', 'YYYY-MM-DD')).toBeNull();
  });

  it.each([
    ['12017-03-01', 'YYYY-MM-DD'],
    ['2017-03-01 09:00', 'YYYY-MM-DD'],
    ['101/03/2017', 'DD/MM/YYYY'],
    ['01/03/2017 09:00', 'DD/MM/YYYY'],
    ['103/01/2017', 'MM/DD/YYYY'],
    ['03/01/2017 09:00', 'MM/DD/YYYY'],
    ['101.03.2017', 'DD.MM.YYYY'],
    ['01.03.2017 09:00', 'DD.MM.YYYY'],
  ] as const)('should refuse %p written %s, a date with more text around it', (text, format) => {
    expect(parseDate(text, format)).toBeNull();
  });

  it('should offer every layout it reads, each once', () => {
    const christmas: Record<DateFormat, string> = {
      'YYYY-MM-DD': '2017-12-25',
      'DD/MM/YYYY': '25/12/2017',
      'MM/DD/YYYY': '12/25/2017',
      'DD.MM.YYYY': '25.12.2017',
    };
    expect([...DATE_FORMATS].sort()).toEqual(Object.keys(christmas).sort());
    expect(DATE_FORMATS.map((format) => parseDate(christmas[format], format))).toEqual(
      Array(4).fill('2017-12-25'),
    );
  });
});
