import { addDays } from '@salesops/domain';
import { type PayPeriodRowFragment } from '@salesops/portal/data-access';
import { closedPeriodHolding } from '@salesops/portal/data-access/pay-periods';
import { type I18nService } from '@salesops/portal/i18n';
import { type CsvColumn } from '@salesops/portal/ui';

const FISCAL_YEAR = /^(?:FY)?\s*(\d{4})$/i;

/** One line of the page: a period, how deep it sits (year 0, quarter 1, month 2), what locks it. */
export interface PayPeriodLine {
  readonly period: PayPeriodRowFragment;
  readonly depth: 0 | 1 | 2;
  /** The last day (the API's `end` is the day after). */
  readonly lastDay: string;
  /** An open period whose goals a wider closed one locks already (a month of a closed quarter). */
  readonly lockedBy: string | null;
}

/** `FY2017`, `fy2017` and `2017` read as FY2017; anything else is null. */
export function parseFiscalYear(text: string): string | null {
  const match = FISCAL_YEAR.exec(text.trim());
  return match ? `FY${match[1]}` : null;
}

export function shiftFiscalYear(fiscalYear: string, steps: number): string {
  return `FY${Number(fiscalYear.slice(2)) + steps}`;
}

export function lastDayOf(end: string): string {
  return addDays(end, -1);
}

/** The API's list (year, quarters, months) as a tree: the year, then each quarter followed by its months. */
export function payPeriodLines(periods: readonly PayPeriodRowFragment[]): PayPeriodLine[] {
  const line = (period: PayPeriodRowFragment, depth: 0 | 1 | 2): PayPeriodLine => {
    const holding = closedPeriodHolding(period.period, periods);
    return {
      period,
      depth,
      lastDay: lastDayOf(period.end),
      lockedBy: period.status === 'OPEN' && holding ? holding.period : null,
    };
  };
  const quarters = periods.filter((p) => p.type === 'QUARTER');
  const months = periods.filter((p) => p.type === 'MONTH');
  const inside = (month: PayPeriodRowFragment, quarter: PayPeriodRowFragment) =>
    month.start >= quarter.start && month.end <= quarter.end;
  const lines = periods.filter((p) => p.type === 'YEAR').map((p) => line(p, 0));
  for (const quarter of quarters) {
    lines.push(line(quarter, 1));
    for (const month of months) if (inside(month, quarter)) lines.push(line(month, 2));
  }
  // Nothing is lost if the API ever lists a month outside every quarter.
  for (const month of months) if (!quarters.some((q) => inside(month, q))) lines.push(line(month, 2));
  return lines;
}

/** Export columns: days and instants as ISO, so the file is data. */
export function payPeriodCsvColumns(i18n: I18nService): CsvColumn<PayPeriodLine>[] {
  return [
    { header: i18n.t('payPeriods.period'), value: ({ period }) => period.period },
    { header: i18n.t('payPeriods.csv.type'), value: ({ period }) => typeLabel(i18n, period.type) },
    { header: i18n.t('payPeriods.csv.first'), value: ({ period }) => period.start },
    { header: i18n.t('payPeriods.csv.last'), value: ({ lastDay }) => lastDay },
    {
      header: i18n.t('payPeriods.status'),
      value: ({ period }) => i18n.t(`payPeriods.status.${period.status}`),
    },
    { header: i18n.t('payPeriods.goals'), value: ({ period }) => period.goalCount },
    { header: i18n.t('payPeriods.csv.closedAt'), value: ({ period }) => period.closedAt },
    { header: i18n.t('payPeriods.csv.closedBy'), value: ({ period }) => period.closedByName },
    { header: i18n.t('payPeriods.csv.lockedBy'), value: ({ lockedBy }) => lockedBy },
  ];
}

export function typeLabel(i18n: I18nService, type: string): string {
  return type === 'YEAR' || type === 'QUARTER' || type === 'MONTH' ? i18n.t(`payPeriods.type.${type}`) : type;
}
