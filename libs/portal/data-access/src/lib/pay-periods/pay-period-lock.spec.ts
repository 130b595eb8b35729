import {
  closedPeriodHolding,
  fiscalYearOf,
  isPeriodLockedError,
  type PayPeriodSpan,
} from './pay-period-lock';

function span(period: string, start: string, end: string, closed = false): PayPeriodSpan {
  return { period, start, end, status: closed ? 'CLOSED' : 'OPEN' };
}

// FY2017 as the API lists it: the year, its quarters, its months (here Q3 closed, and 2017-02).
const FY2017: PayPeriodSpan[] = [
  span('FY2017', '2017-01-01', '2018-01-01'),
  span('FY2017-Q1', '2017-01-01', '2017-04-01'),
  span('FY2017-Q2', '2017-04-01', '2017-07-01'),
  span('FY2017-Q3', '2017-07-01', '2017-10-01', true),
  span('FY2017-Q4', '2017-10-01', '2018-01-01'),
  ...Array.from({ length: 12 }, (_, i) => {
    const month = String(i + 1).padStart(2, '0');
    const next = i === 11 ? '2018-01-01' : `2017-${String(i + 2).padStart(2, '0')}-01`;
    return span(`2017-${month}`, `2017-${month}-01`, next, month === '02');
  }),
];

const JANUARY = { startMonth: 1 };
// FY2017 runs from 2016-04-01 to 2017-03-31.
const APRIL = { startMonth: 4 };

describe('fiscalYearOf', () => {
  it('should take the fiscal year from the key when it names a year or quarter', () => {
    expect(fiscalYearOf('FY2017', JANUARY)).toBe('FY2017');
    expect(fiscalYearOf('FY2017-Q3', JANUARY)).toBe('FY2017');
    expect(fiscalYearOf(' FY2016-Q1 ', JANUARY)).toBe('FY2016');
  });

  it('should use the calendar year of a month', () => {
    expect(fiscalYearOf('2017-08', JANUARY)).toBe('FY2017');
    expect(fiscalYearOf('2016-12', JANUARY)).toBe('FY2016');
  });

  it("should use the week's Monday when an ISO week crosses a year end", () => {
    // 2016-W01 starts Monday 2016-01-04; 2015-W53 starts 2015-12-28; 2020-W01 starts 2019-12-30.
    expect(fiscalYearOf('2016-W01', JANUARY)).toBe('FY2016');
    expect(fiscalYearOf('2015-W53', JANUARY)).toBe('FY2015');
    expect(fiscalYearOf('2020-W01', JANUARY)).toBe('FY2019');
  });

  it('should follow a fiscal year that starts in April, as the API is configured', () => {
    expect(fiscalYearOf('FY2017-Q1', APRIL)).toBe('FY2017');
    expect(fiscalYearOf('2017-03', APRIL)).toBe('FY2017');
    expect(fiscalYearOf('2017-04', APRIL)).toBe('FY2018');
    expect(fiscalYearOf('2016-12', APRIL)).toBe('FY2017');
    // 2017-W13 starts Monday 2017-03-27, inside FY2017; 2017-W14 starts 2017-04-03.
    expect(fiscalYearOf('2017-W13', APRIL)).toBe('FY2017');
    expect(fiscalYearOf('2017-W14', APRIL)).toBe('FY2018');
  });

  it('should give null when the key is not a period', () => {
    for (const key of ['FY17', '2017-13', '2017-W54', '']) expect(fiscalYearOf(key, JANUARY)).toBeNull();
  });
});

describe('closedPeriodHolding', () => {
  it('should lock a closed quarter and the months and weeks wholly inside it', () => {
    expect(closedPeriodHolding('FY2017-Q3', FY2017)?.period).toBe('FY2017-Q3');
    expect(closedPeriodHolding('2017-08', FY2017)?.period).toBe('FY2017-Q3');
    // 2017-W32: 2017-08-07 to 2017-08-13.
    expect(closedPeriodHolding('2017-W32', FY2017)?.period).toBe('FY2017-Q3');
    // 2017-W27: Monday 2017-07-03, the first full week of July.
    expect(closedPeriodHolding('2017-W27', FY2017)?.period).toBe('FY2017-Q3');
  });

  it('should not lock the year around a closed quarter, nor other quarters', () => {
    expect(closedPeriodHolding('FY2017', FY2017)).toBeNull();
    expect(closedPeriodHolding('FY2017-Q4', FY2017)).toBeNull();
    expect(closedPeriodHolding('2017-10', FY2017)).toBeNull();
  });

  it('should not lock a week that spans a closed period and an open one', () => {
    // 2017-W39: 2017-09-25 to 2017-10-01, into Q4; 2017-W26: 2017-06-26 to 2017-07-02, from Q2.
    expect(closedPeriodHolding('2017-W39', FY2017)).toBeNull();
    expect(closedPeriodHolding('2017-W26', FY2017)).toBeNull();
    // 2017-W05: 2017-01-30 to 2017-02-05, half in the closed February.
    expect(closedPeriodHolding('2017-W05', FY2017)).toBeNull();
    expect(closedPeriodHolding('2017-W06', FY2017)?.period).toBe('2017-02');
  });

  it('should name the narrowest closed period when several hold the period', () => {
    const all = FY2017.map((p) =>
      p.period === 'FY2017' || p.period === '2017-08' ? { ...p, status: 'CLOSED' as const } : p,
    );
    expect(closedPeriodHolding('2017-08', all)?.period).toBe('2017-08');
    expect(closedPeriodHolding('2017-09', all)?.period).toBe('FY2017-Q3');
    expect(closedPeriodHolding('2017-11', all)?.period).toBe('FY2017');
    expect(closedPeriodHolding('FY2017', all)?.period).toBe('FY2017');
  });

  it('should find nothing when the list is of another fiscal year or the key is malformed', () => {
    expect(closedPeriodHolding('2016-08', FY2017)).toBeNull();
    expect(closedPeriodHolding('FY2016-Q3', FY2017)).toBeNull();
    expect(closedPeriodHolding('2017-8', FY2017)).toBeNull();
    expect(closedPeriodHolding('2017-08', [])).toBeNull();
  });

  it("should take a quarter's days from the list when the fiscal year starts in another month", () => {
    // FISCAL_YEAR_START_MONTH=7: FY2018-Q1 is July to September 2017.
    const july = [span('FY2018-Q1', '2017-07-01', '2017-10-01', true)];
    expect(closedPeriodHolding('FY2018-Q1', july)?.period).toBe('FY2018-Q1');
    expect(closedPeriodHolding('2017-08', july)?.period).toBe('FY2018-Q1');
  });
});

describe('isPeriodLockedError', () => {
  const answer = (code: string, field: string) => ({
    errors: [
      {
        message: 'Goals for 2017-08 are locked: the pay period FY2017-Q3 is closed',
        extensions: { code, field },
      },
    ],
  });

  it('should recognise a CONFLICT on the period of a goal, a grid row or a copy target', () => {
    expect(isPeriodLockedError(answer('CONFLICT', 'period'))).toBe(true);
    expect(isPeriodLockedError(answer('CONFLICT', 'goals.3.period'))).toBe(true);
    expect(isPeriodLockedError(answer('CONFLICT', 'toPeriod'))).toBe(true);
  });

  it('should leave other conflicts and errors alone', () => {
    expect(isPeriodLockedError(answer('CONFLICT', 'goals.0.target'))).toBe(false);
    expect(isPeriodLockedError(answer('BAD_USER_INPUT', 'period'))).toBe(false);
    expect(isPeriodLockedError(new Error('offline'))).toBe(false);
  });
});
