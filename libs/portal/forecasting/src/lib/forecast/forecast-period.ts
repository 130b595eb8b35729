import {
  addDays,
  type FiscalCalendar,
  parsePeriodKey,
  periodContaining,
  type PeriodType,
} from '@salesops/domain';
import { type ForecastHorizon } from '@salesops/portal/data-access';

/** The period shapes the picker offers as one click: the next month, quarter and fiscal year. */
export const NEXT_PERIOD_TYPES: readonly PeriodType[] = ['MONTH', 'QUARTER', 'YEAR'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Where a forecast starts when none is asked for: the first day of the month after the latest won deal,
 * so the history ends with a complete month, and never later than today. Without wins, today.
 */
export function defaultAsOf(latestClose: string | null | undefined, today: string): string {
  if (!latestClose || !DATE.test(latestClose)) return today;
  const [year, month] = [Number(latestClose.slice(0, 4)), Number(latestClose.slice(5, 7))];
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return next < today ? next : today;
}

/** The first period of the type that starts on or after the day ("next quarter" on 2018-01-01 is FY2018-Q1). */
export function nextPeriodKey(asOf: string, type: PeriodType, calendar: FiscalCalendar): string {
  const current = periodContaining(asOf, type, calendar);
  return current.start === asOf ? current.key : periodContaining(current.end, type, calendar).key;
}

/** A key the forecast can be asked for: a month, quarter or fiscal year (weeks are refused by the API). */
export function isForecastPeriod(key: string, calendar: FiscalCalendar): boolean {
  const type = parsePeriodKey(key.trim(), calendar)?.type;
  return type === 'MONTH' || type === 'QUARTER' || type === 'YEAR';
}

/** The backtest window with the shape of the period: the next 1, 3 or 12 months summed. */
export function horizonOf(key: string, calendar: FiscalCalendar): ForecastHorizon {
  const type = parsePeriodKey(key, calendar)?.type;
  return type === 'YEAR' ? 'YEAR' : type === 'MONTH' ? 'MONTH' : 'QUARTER';
}

/** The fiscal year a period lies in (its last day's year), for the budget view. */
export function fiscalYearOf(key: string, calendar: FiscalCalendar): string | null {
  const period = parsePeriodKey(key, calendar);
  return period ? periodContaining(addDays(period.end, -1), 'YEAR', calendar).key : null;
}

/** Today in UTC, as the API counts days. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function isDate(value: string): boolean {
  return DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}
