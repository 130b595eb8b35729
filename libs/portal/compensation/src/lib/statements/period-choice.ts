import { periodContaining, type PeriodType } from '@salesops/domain';
import { type PayPeriodRowFragment } from '@salesops/portal/data-access';

const FISCAL_YEAR = /^FY(\d{4})/;

/** The fiscal year a period key belongs to ("FY2017-Q3" → "FY2017"); null for months and weeks. */
export function fiscalYearOfKey(period: string): string | null {
  const match = FISCAL_YEAR.exec(period);
  return match ? `FY${match[1]}` : null;
}

export function shiftYear(fiscalYear: string, steps: number): string {
  return `FY${Number(fiscalYear.slice(2)) + steps}`;
}

/** The fiscal year of a day, in the API's calendar. */
export function fiscalYearOfDate(date: string, startMonth: number): string {
  return periodContaining(date, 'YEAR', { startMonth }).key;
}

/** The periods a statement can be asked for, of the plan's frequency, in order. */
export function choosablePeriods(
  periods: readonly PayPeriodRowFragment[],
  type: PeriodType,
): PayPeriodRowFragment[] {
  return periods.filter((period) => period.type === type);
}

/**
 * The period to show first: the one asked for when it is listed, else the last closed one (the latest
 * pay that is final), else the first.
 */
export function defaultPeriod(
  periods: readonly PayPeriodRowFragment[],
  wanted: string | null,
): string | null {
  if (wanted && periods.some((period) => period.period === wanted)) return wanted;
  const closed = periods.filter((period) => period.status === 'CLOSED');
  return (closed.at(-1) ?? periods[0])?.period ?? null;
}
