/**
 * The days the product works with, both ends included: dates, date-times and period keys (FY1900 to
 * FY2999) outside it are refused. Whole years, so a period key's year can be checked against it.
 */
export const DATE_RANGE = { min: '1900-01-01', max: '2999-12-31' } as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

/** True for a real calendar date written YYYY-MM-DD within DATE_RANGE (2017-02-30 is refused). */
export function isCalendarDate(value: string): boolean {
  // Text order is date order for YYYY-MM-DD.
  return isRealDate(value) && value >= DATE_RANGE.min && value <= DATE_RANGE.max;
}

/** True for a day that exists, written YYYY-MM-DD, in any year; for this library's own arithmetic. */
export function isRealDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC reads years 0-99 as 1900-1999
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads an ISO 8601 date and time with `Z` or an offset (2017-03-01T09:00:00Z, seconds optional); null
 * unless its date is a calendar date (isCalendarDate), its clock is real and, in UTC too, its day lies
 * within DATE_RANGE.
 */
export function parseDateTime(value: string): Date | null {
  const match = ISO_DATE_TIME.exec(value);
  if (!match || !isCalendarDate(match[1])) return null;
  const [hour, minute, second] = [Number(match[2]), Number(match[3]), Number(match[4] ?? 0)];
  const [offsetHours, offsetMinutes] = [Number(match[7] ?? 0), Number(match[8] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return null;
  const [year, month, day] = match[1].split('-').map(Number);
  const millis = Number((match[5] ?? '').padEnd(3, '0').slice(0, 3));
  const offset = (match[6] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  const instant = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset);
  const utcDay = instant.toISOString().slice(0, 10);
  return utcDay >= DATE_RANGE.min && utcDay <= DATE_RANGE.max ? instant : null;
}

/** Today's date in UTC as YYYY-MM-DD. */
export function todayIsoDate(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
