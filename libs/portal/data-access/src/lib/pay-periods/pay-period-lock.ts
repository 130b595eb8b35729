import { daysBetween, type FiscalCalendar, parsePeriodKey, periodContaining } from '@salesops/domain';

import { errorCodeOf, toFieldErrors } from '../errors/graphql-errors';
import { type PayPeriodStatus } from '../generated';

/** What the lock check needs of a pay period (the API's PayPeriod): its key, days and status. */
export interface PayPeriodSpan {
  readonly period: string;
  /** First day, YYYY-MM-DD. */
  readonly start: string;
  /** The day after the last. */
  readonly end: string;
  readonly status: PayPeriodStatus;
}

// Months and ISO weeks have the same days in every fiscal calendar.
const SYNTAX_ONLY = { startMonth: 1 };
// The API's field names for the period of a goal write: `period`, `goals.3.period`, `toPeriod`.
const PERIOD_FIELD = /(^|\.)(period|toPeriod)$/;

/**
 * The fiscal year whose pay periods can lock the goals of a period key, in the API's fiscal calendar:
 * a year or quarter names it, a month or ISO week belongs to the year of its first day (a week's
 * Monday). Null for a malformed key.
 */
export function fiscalYearOf(key: string, calendar: FiscalCalendar): string | null {
  const period = parsePeriodKey(key.trim(), calendar);
  if (!period) return null;
  if (period.type === 'YEAR' || period.type === 'QUARTER') return key.trim().slice(0, 6);
  return periodContaining(period.start, 'YEAR', calendar).key;
}

/**
 * The closed pay period that holds every day of the period `key` (the narrowest when several do), or
 * null when its goals can be changed. A quarter's close locks its months and the weeks wholly inside
 * it, never the year around it; a week spanning two months is inside neither.
 */
export function closedPeriodHolding<T extends PayPeriodSpan>(key: string, periods: readonly T[]): T | null {
  const span = spanOf(key.trim(), periods);
  if (!span) return null;
  let holding: T | null = null;
  for (const candidate of periods) {
    if (candidate.status !== 'CLOSED' || candidate.start > span.start || candidate.end < span.end) continue;
    if (!holding || length(candidate) < length(holding)) holding = candidate;
  }
  return holding;
}

/** True when the API refused a goal write because its period lies inside a closed pay period. */
export function isPeriodLockedError(error: unknown): boolean {
  return (
    errorCodeOf(error) === 'CONFLICT' &&
    Object.keys(toFieldErrors(error)).some((field) => PERIOD_FIELD.test(field))
  );
}

// Years and quarters take their days from the list itself, so the API's fiscal calendar decides;
// months and ISO weeks are the same in every calendar.
function spanOf(key: string, periods: readonly PayPeriodSpan[]): { start: string; end: string } | null {
  const listed = periods.find((period) => period.period === key);
  if (listed) return listed;
  const parsed = parsePeriodKey(key, SYNTAX_ONLY);
  return parsed && (parsed.type === 'MONTH' || parsed.type === 'WEEK') ? parsed : null;
}

function length(period: PayPeriodSpan): number {
  return daysBetween(period.start, period.end);
}
