import { type GoalPeriodOption, periodToOpen } from './goal-periods';

const JANUARY = { startMonth: 1 };
const JULY = { startMonth: 7 };

const of = (periodKey: string, start: string, end: string): GoalPeriodOption => ({ periodKey, start, end });
const Q = (year: number, q: number) =>
  of(
    `FY${year}-Q${q}`,
    `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`,
    q === 4 ? `${year + 1}-01-01` : `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`,
  );
const FY = (year: number) => of(`FY${year}`, `${year}-01-01`, `${year + 1}-01-01`);

describe('periodToOpen', () => {
  it('should open on a quarter of the year asked for, the last one started, before any other year', () => {
    const periods = [FY(2018), Q(2017, 3), Q(2017, 2), Q(2017, 1)];
    expect(periodToOpen(periods, 'FY2017', JANUARY, '2026-12-06')).toBe('FY2017-Q3');
  });

  it('should open on the quarter of the year asked for that runs today', () => {
    const periods = [Q(2026, 4), Q(2026, 3), Q(2026, 1)];
    expect(periodToOpen(periods, 'FY2026', JANUARY, '2026-08-15')).toBe('FY2026-Q3');
  });

  it('should open on the latest period started when nothing lies inside the period asked for', () => {
    const periods = [FY(2019), Q(2018, 2), FY(2016)];
    expect(periodToOpen(periods, 'FY2017', JANUARY, '2026-12-06')).toBe('FY2019');
  });

  it('should open on the period running today, the year rather than its quarter', () => {
    const periods = [Q(2027, 1), Q(2026, 4), FY(2026), Q(2025, 4)];
    expect(periodToOpen(periods, 'FY2017', JANUARY, '2026-12-06')).toBe('FY2026');
  });

  it('should open on the first period ahead when every one is still to come', () => {
    const periods = [FY(2028), Q(2027, 2), Q(2027, 1)];
    expect(periodToOpen(periods, 'FY2017', JANUARY, '2026-12-06')).toBe('FY2027-Q1');
  });

  it('should read the year asked for in the fiscal calendar (FY2017 from July 2016 when it starts in July)', () => {
    const july2016 = of('2016-07', '2016-07-01', '2016-08-01');
    const january2017 = of('2017-01', '2017-01-01', '2017-02-01');
    const july2017 = of('2017-07', '2017-07-01', '2017-08-01');
    const periods = [july2017, january2017, july2016];
    expect(periodToOpen(periods, 'FY2017', JULY, '2026-12-06')).toBe('2017-01');
    expect(periodToOpen(periods, 'FY2017', JANUARY, '2026-12-06')).toBe('2017-07');
  });

  it('should count a period ending the day before today as past and one starting today as running', () => {
    const ended = of('2026-11', '2026-11-01', '2026-12-01');
    const starting = of('2026-12', '2026-12-01', '2027-01-01');
    expect(periodToOpen([ended], 'FY2017', JANUARY, '2026-12-01')).toBe('2026-11');
    expect(periodToOpen([starting, ended], 'FY2017', JANUARY, '2026-12-01')).toBe('2026-12');
    expect(periodToOpen([starting], 'FY2017', JANUARY, '2026-11-30')).toBe('2026-12');
  });

  it('should give null when the rep has no goal anywhere, and look everywhere for a key it cannot read', () => {
    expect(periodToOpen([], 'FY2017', JANUARY, '2026-12-06')).toBeNull();
    expect(periodToOpen([FY(2018)], 'not a period', JANUARY, '2026-12-06')).toBe('FY2018');
  });
});
