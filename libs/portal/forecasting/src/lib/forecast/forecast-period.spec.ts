import { defaultAsOf, fiscalYearOf, horizonOf, isForecastPeriod, nextPeriodKey } from './forecast-period';

const JANUARY = { startMonth: 1 };
const JULY = { startMonth: 7 };

describe('defaultAsOf', () => {
  it('should start on the first of the month after the latest win when the data ended in the past', () => {
    expect(defaultAsOf('2017-12-31', '2026-12-05')).toBe('2018-01-01');
    expect(defaultAsOf('2017-03-14', '2026-12-05')).toBe('2017-04-01');
  });

  it('should never go past today when the latest win is this month', () => {
    expect(defaultAsOf('2026-12-02', '2026-12-05')).toBe('2026-12-05');
  });

  it('should use today when nothing was won or the date is unreadable', () => {
    expect(defaultAsOf(null, '2026-12-05')).toBe('2026-12-05');
    expect(defaultAsOf('soon', '2026-12-05')).toBe('2026-12-05');
  });
});

describe('nextPeriodKey', () => {
  it('should take the period starting on the day when the day is a period start', () => {
    expect(nextPeriodKey('2018-01-01', 'MONTH', JANUARY)).toBe('2018-01');
    expect(nextPeriodKey('2018-01-01', 'QUARTER', JANUARY)).toBe('FY2018-Q1');
    expect(nextPeriodKey('2018-01-01', 'YEAR', JANUARY)).toBe('FY2018');
  });

  it('should take the following period when the day is inside one', () => {
    expect(nextPeriodKey('2017-11-15', 'MONTH', JANUARY)).toBe('2017-12');
    expect(nextPeriodKey('2017-11-15', 'QUARTER', JANUARY)).toBe('FY2018-Q1');
    expect(nextPeriodKey('2017-11-15', 'YEAR', JULY)).toBe('FY2019');
  });
});

describe('period helpers', () => {
  it('should accept months, quarters and years but not weeks when checking a key', () => {
    expect(isForecastPeriod('FY2018-Q2', JANUARY)).toBe(true);
    expect(isForecastPeriod(' 2018-02 ', JANUARY)).toBe(true);
    expect(isForecastPeriod('2018-W02', JANUARY)).toBe(false);
    expect(isForecastPeriod('Q2', JANUARY)).toBe(false);
  });

  it('should backtest with the shape of the period when choosing a horizon', () => {
    expect(horizonOf('2018-02', JANUARY)).toBe('MONTH');
    expect(horizonOf('FY2018-Q2', JANUARY)).toBe('QUARTER');
    expect(horizonOf('FY2018', JANUARY)).toBe('YEAR');
  });

  it('should name the fiscal year a period ends in when the year starts in July', () => {
    expect(fiscalYearOf('2017-08', JULY)).toBe('FY2018');
    expect(fiscalYearOf('FY2018-Q3', JULY)).toBe('FY2018');
    expect(fiscalYearOf('nope', JULY)).toBeNull();
  });
});
