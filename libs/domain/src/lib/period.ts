import { DATE_RANGE, isRealDate } from './calendar-date';

export type PeriodType = 'YEAR' | 'QUARTER' | 'MONTH' | 'WEEK';

/** A period of the fiscal calendar: `start` inclusive, `end` exclusive, both YYYY-MM-DD. */
export interface Period {
  key: string;
  type: PeriodType;
  start: string;
  end: string;
}

/**
 * The fiscal calendar: the fiscal year starts on the first of `startMonth` (1 = January) and is
 * named after the calendar year in which it ends (start month 7: FY2017 runs 2016-07-01 to 2017-06-30).
 * Months are calendar months ("2017-03") and weeks ISO weeks ("2017-W09") whatever the start month.
 */
export interface FiscalCalendar {
  startMonth: number;
}

const YEAR_KEY = /^FY(\d{4})$/;
const QUARTER_KEY = /^FY(\d{4})-Q([1-4])$/;
const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;
const WEEK_KEY = /^(\d{4})-W(\d{2})$/;

const KEY_YEAR = /^(?:FY)?(\d{4})/;
const [MIN_YEAR, MAX_YEAR] = [Number(DATE_RANGE.min.slice(0, 4)), Number(DATE_RANGE.max.slice(0, 4))];

/**
 * Reads a period key (FY2017, FY2017-Q1, 2017-03, 2017-W09) whose year lies in DATE_RANGE (FY1900 to
 * FY2999, 1900-01 to 2999-12, 1900-W01 to 2999-W52); null when it is not one.
 */
export function parsePeriodKey(key: string, calendar: FiscalCalendar): Period | null {
  checkCalendar(calendar);
  const year = Number(KEY_YEAR.exec(key)?.[1]);
  return year >= MIN_YEAR && year <= MAX_YEAR ? periodOfKey(key, calendar) : null;
}

/** True for a period key parsePeriodKey reads, optionally only of the given types; no calendar changes that. */
export function isPeriodKey(key: string, types?: readonly PeriodType[]): boolean {
  const type = parsePeriodKey(key, { startMonth: 1 })?.type;
  return type !== undefined && (!types || types.includes(type));
}

// Without the range check: the period holding a date near a range end may reach past it (FY3000 from July 2999).
function periodOfKey(key: string, calendar: FiscalCalendar): Period | null {
  let match = YEAR_KEY.exec(key);
  if (match) {
    const start = fiscalYearStart(Number(match[1]), calendar);
    return { key, type: 'YEAR', start, end: addMonths(start, 12) };
  }
  match = QUARTER_KEY.exec(key);
  if (match) {
    const start = addMonths(fiscalYearStart(Number(match[1]), calendar), (Number(match[2]) - 1) * 3);
    return { key, type: 'QUARTER', start, end: addMonths(start, 3) };
  }
  match = MONTH_KEY.exec(key);
  if (match) {
    const start = `${match[1]}-${match[2]}-01`;
    return { key, type: 'MONTH', start, end: addMonths(start, 1) };
  }
  match = WEEK_KEY.exec(key);
  if (match) {
    const year = Number(match[1]);
    const week = Number(match[2]);
    if (week < 1 || week > isoWeeksInYear(year)) return null;
    const start = addDays(isoWeekOneMonday(year), (week - 1) * 7);
    return { key, type: 'WEEK', start, end: addDays(start, 7) };
  }
  return null;
}

/** The period of the given type that contains the date (its key may name a year just outside DATE_RANGE). */
export function periodContaining(date: string, type: PeriodType, calendar: FiscalCalendar): Period {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  // The periods of supported keys reach a year past DATE_RANGE at most (FY1900 from July 1899); so may their days.
  if (!isRealDate(date) || year < MIN_YEAR - 1 || year > MAX_YEAR + 1) {
    throw new Error(`"${date}" is not a date written YYYY-MM-DD from ${MIN_YEAR - 1} to ${MAX_YEAR + 1}`);
  }
  checkCalendar(calendar);
  const fiscalYear = month >= calendar.startMonth && calendar.startMonth !== 1 ? year + 1 : year;
  switch (type) {
    case 'YEAR':
      return periodOfKey(`FY${fiscalYear}`, calendar) as Period;
    case 'QUARTER': {
      const monthsIn = (month - calendar.startMonth + 12) % 12;
      return periodOfKey(`FY${fiscalYear}-Q${Math.floor(monthsIn / 3) + 1}`, calendar) as Period;
    }
    case 'MONTH':
      return periodOfKey(date.slice(0, 7), calendar) as Period;
    case 'WEEK': {
      let isoYear = year + 1;
      while (date < isoWeekOneMonday(isoYear)) isoYear--;
      const week = Math.floor(daysBetween(isoWeekOneMonday(isoYear), date) / 7) + 1;
      return periodOfKey(`${isoYear}-W${String(week).padStart(2, '0')}`, calendar) as Period;
    }
  }
}

/**
 * The periods of `type` that overlap `within`, in order: the months or quarters of a fiscal year, or its ISO
 * weeks (the first and last week may reach outside it, as ISO weeks do not follow the fiscal calendar).
 */
export function periodsWithin(within: Period, type: PeriodType, calendar: FiscalCalendar): Period[] {
  const periods: Period[] = [];
  for (let day = within.start; day < within.end;) {
    const period = periodContaining(day, type, calendar);
    periods.push(period);
    day = period.end;
  }
  return periods;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

function fiscalYearStart(fiscalYear: number, calendar: FiscalCalendar): string {
  const startYear = calendar.startMonth === 1 ? fiscalYear : fiscalYear - 1;
  return `${startYear}-${String(calendar.startMonth).padStart(2, '0')}-01`;
}

/** Monday of ISO week 1: the week with the year's first Thursday. */
function isoWeekOneMonday(year: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const weekday = (jan4.getUTCDay() + 6) % 7; // Monday 0
  return addDays(jan4.toISOString().slice(0, 10), -weekday);
}

function isoWeeksInYear(year: number): number {
  return daysBetween(isoWeekOneMonday(year), isoWeekOneMonday(year + 1)) / 7;
}

function checkCalendar(calendar: FiscalCalendar): void {
  if (!Number.isInteger(calendar.startMonth) || calendar.startMonth < 1 || calendar.startMonth > 12) {
    throw new Error('The fiscal year must start in a month from 1 to 12');
  }
}
