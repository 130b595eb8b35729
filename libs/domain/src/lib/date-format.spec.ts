import {
  DATE_FORMATS,
  guessDateFormat,
  isDateFormat,
  type NamedDateFormat,
  parseDate,
  writeDate,
} from './date-format';

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
    const christmas: Record<NamedDateFormat, string> = {
      'YYYY-MM-DD': '2017-12-25',
      'DD/MM/YYYY': '25/12/2017',
      'MM/DD/YYYY': '12/25/2017',
      'DD.MM.YYYY': '25.12.2017',
      'YYYY/MM/DD': '2017/12/25',
      'DD-MM-YYYY': '25-12-2017',
      'MM-DD-YYYY': '12-25-2017',
      'DD/MM/YY': '25/12/17',
      'MM/DD/YY': '12/25/17',
      'DD.MM.YY': '25.12.17',
      'DD-MM-YY': '25-12-17',
      'MM-DD-YY': '12-25-17',
      'YY-MM-DD': '17-12-25',
      'DD-MMM-YYYY': '25-Dec-2017',
      'DD MMM YYYY': '25 December 2017',
      'MMM DD, YYYY': 'dec 25, 2017',
    };
    expect([...DATE_FORMATS].sort()).toEqual(Object.keys(christmas).sort());
    expect(new Set(DATE_FORMATS).size).toBe(DATE_FORMATS.length);
    expect(DATE_FORMATS.map((format) => parseDate(christmas[format], format))).toEqual(
      Array(DATE_FORMATS.length).fill('2017-12-25'),
    );
  });
});

describe('two-digit years', () => {
  it.each([
    ['20-10-16', 'DD-MM-YY', '2016-10-20'],
    ['20-10-16', 'YY-MM-DD', '2020-10-16'],
    ['01/02/00', 'DD/MM/YY', '2000-02-01'],
    ['01/02/69', 'DD/MM/YY', '2069-02-01'],
    ['01/02/70', 'DD/MM/YY', '1970-02-01'],
    ['01/02/99', 'DD/MM/YY', '1999-02-01'],
  ] as const)('should read %p written %s as %s (00-69: 20xx, 70-99: 19xx)', (text, format, iso) => {
    expect(parseDate(text, format)).toBe(iso);
  });

  it('should refuse a four-digit year where two are written, and the other way round', () => {
    expect(parseDate('20-10-2016', 'DD-MM-YY')).toBeNull();
    expect(parseDate('20-10-16', 'DD-MM-YYYY')).toBeNull();
  });
});

describe('month names', () => {
  it.each([
    ['16-Oct-2020', '2020-10-16'],
    ['16-oct-2020', '2020-10-16'],
    ['16-OCTOBER-2020', '2020-10-16'],
    ['16-Sept-2020', '2020-09-16'],
    ['1-May-2020', '2020-05-01'],
  ])('should read %p written DD-MMM-YYYY', (text, iso) => {
    expect(parseDate(text, 'DD-MMM-YYYY')).toBe(iso);
  });

  it.each(['16-Oc-2020', '16-Octobers-2020', '16-Okt-2020', '16-10-2020', '31-Feb-2020'])(
    'should refuse %p written DD-MMM-YYYY',
    (text) => {
      expect(parseDate(text, 'DD-MMM-YYYY')).toBeNull();
    },
  );
});

describe('custom patterns', () => {
  it.each([
    ['2016.10.20', 'YYYY.MM.DD', '2016-10-20'],
    ['20161020', 'YYYYMMDD', '2016-10-20'],
    ['10 20 16', 'MM DD YY', '2016-10-20'],
    ['2016/20/10', 'YYYY/DD/MM', '2016-10-20'],
  ] as const)('should read %p written %s', (text, format, iso) => {
    expect(parseDate(text, format)).toBe(iso);
  });

  it.each(['YYYY-MM-DD', 'DD/MM/YY', 'MMM DD, YYYY', 'YYYY.DD.MM', 'DD MM YYYY'])(
    'should accept the pattern %p',
    (format) => {
      expect(isDateFormat(format)).toBe(true);
    },
  );

  it.each([
    ['', 'empty'],
    ['YYYY-MM', 'no day'],
    ['MM/DD', 'no year'],
    ['YYYY-DD', 'no month'],
    ['YYYY-MM-DD-DD', 'two days'],
    ['YY-YYYY-MM-DD', 'two years'],
    ['MM-MMM-DD-YYYY', 'two months'],
    ['yyyy-mm-dd', 'lower-case tokens'],
    ['YYYY_MM_DD', 'an underscore'],
    ['YYYY-MM-DDTHH', 'a time'],
    ['YYYYY-MM-DD', 'five Ys'],
    ['DD / MM / YYYY / / / /', 'longer than 20 characters'],
  ])('should refuse the pattern %p (%s)', (format) => {
    expect(isDateFormat(format)).toBe(false);
    expect(parseDate('2017-01-01', format)).toBeNull();
  });
});

describe('guessDateFormat', () => {
  it('should find the one layout that reads every sample, skipping empty cells', () => {
    expect(guessDateFormat(['2017-03-01', '', ' 2017-12-25 '])).toEqual({
      formats: ['YYYY-MM-DD'],
      read: 2,
      ambiguous: false,
      samples: 2,
    });
  });

  it('should call a file ambiguous when every day is 12 or less', () => {
    const guess = guessDateFormat(['01/03/2017', '12/11/2017']);
    expect(guess.formats).toEqual(['DD/MM/YYYY', 'MM/DD/YYYY']);
    expect(guess.ambiguous).toBe(true);
  });

  it('should settle the order once one day is over 12', () => {
    expect(guessDateFormat(['01/03/2017', '25/11/2017'])).toEqual({
      formats: ['DD/MM/YYYY'],
      read: 2,
      ambiguous: false,
      samples: 2,
    });
  });

  it('should call 20-10-16 ambiguous (day-first with a two-digit year, or a two-digit year first)', () => {
    const open = guessDateFormat(['20-10-16', '28-02-17']);
    expect(open.formats).toEqual(['DD-MM-YY', 'YY-MM-DD']);
    expect(open.ambiguous).toBe(true);
    // a last part over 31 cannot be a day: the year is last
    const settled = guessDateFormat(['20-10-16', '28-02-98']);
    expect(settled.formats).toEqual(['DD-MM-YY']);
    expect(settled.ambiguous).toBe(false);
  });

  it('should not call layouts that read every sample as the same day ambiguous', () => {
    // 01/01/2017 is the same day whichever of day and month comes first
    expect(guessDateFormat(['01/01/2017', '05/05/2017'])).toEqual({
      formats: ['DD/MM/YYYY', 'MM/DD/YYYY'],
      read: 2,
      ambiguous: false,
      samples: 2,
    });
  });

  it('should keep a layout that reads nearly as many samples as the best, and call that ambiguous', () => {
    // YY-MM-DD also reads 31-02-17 (2031-02-17), which DD-MM-YY cannot: 10 against 9 of 10
    const dates = [
      '20-10-16',
      '25-10-16',
      '03-01-17',
      '05-03-17',
      '01-03-17',
      '04-03-17',
      '20-03-17',
      '21-03-17',
      '22-03-17',
      '31-02-17',
    ];
    expect(guessDateFormat(dates)).toEqual({
      formats: ['DD-MM-YY', 'YY-MM-DD'],
      read: 10,
      ambiguous: true,
      samples: 10,
    });
  });

  it('should find the layout of most samples when a few cells are no date', () => {
    expect(guessDateFormat(['soon', '25/12/2017', '31/02/2017', '13/01/2018'])).toEqual({
      formats: ['DD/MM/YYYY'],
      read: 2,
      ambiguous: false,
      samples: 4,
    });
  });

  it('should call layouts that read different samples ambiguous', () => {
    // each reads one of the two: the file does not say which is right
    const guess = guessDateFormat(['25/12/2017', '12/25/2017']);
    expect(guess).toMatchObject({ formats: ['DD/MM/YYYY', 'MM/DD/YYYY'], read: 1, ambiguous: true });
  });

  it('should find no layout for text that is no date, or for nothing', () => {
    expect(guessDateFormat(['soon', 'later'])).toEqual({
      formats: [],
      read: 0,
      ambiguous: false,
      samples: 2,
    });
    expect(guessDateFormat(['', ' '])).toEqual({ formats: [], read: 0, ambiguous: false, samples: 0 });
  });
});

describe('writeDate', () => {
  it('should write a day in every layout so that the layout reads it back', () => {
    for (const format of DATE_FORMATS)
      expect(parseDate(writeDate('2017-03-31', format), format)).toBe('2017-03-31');
    expect(writeDate('2017-03-09', 'DD/MM/YY')).toBe('09/03/17');
    expect(writeDate('2017-12-25', 'MMM DD, YYYY')).toBe('Dec 25, 2017');
    expect(writeDate('2017-01-05', 'YYYY.DD.MM')).toBe('2017.05.01');
  });
});
