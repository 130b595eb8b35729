import { isCalendarDate } from './calendar-date';

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

/** Reads a period key (FY2017, FY2017-Q1, 2017-03, 2017-W09); null when it is not one. */
export function parsePeriodKey(key: string, calendar: FiscalCalendar): Period | null {
  checkCalendar(calendar);
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

/** The period of the given type that contains the date. */
export function periodContaining(date: string, type: PeriodType, calendar: FiscalCalendar): Period {
  if (!isCalendarDate(date)) throw new Error(`"${date}" is not a date written YYYY-MM-DD`);
  checkCalendar(calendar);
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const fiscalYear = month >= calendar.startMonth && calendar.startMonth !== 1 ? year + 1 : year;
  switch (type) {
    case 'YEAR':
      return parsePeriodKey(`FY${fiscalYear}`, calendar) as Period;
    case 'QUARTER': {
      const monthsIn = (month - calendar.startMonth + 12) % 12;
      return parsePeriodKey(`FY${fiscalYear}-Q${Math.floor(monthsIn / 3) + 1}`, calendar) as Period;
    }
    case 'MONTH':
      return parsePeriodKey(date.slice(0, 7), calendar) as Period;
    case 'WEEK': {
      let isoYear = year + 1;
      while (date < isoWeekOneMonday(isoYear)) isoYear--;
      const week = Math.floor(daysBetween(isoWeekOneMonday(isoYear), date) / 7) + 1;
      return parsePeriodKey(`${isoYear}-W${String(week).padStart(2, '0')}`, calendar) as Period;
    }
  }
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
