import { type RoutingDecisionRowFragment } from '@salesops/portal/data-access';

export const DECISIONS_PAGE_SIZE = 20;

export interface DecisionsPage {
  readonly rows: readonly RoutingDecisionRowFragment[];
  /** The API sends no total: one row more than the page was asked for, so we know if there is more. */
  readonly hasNext: boolean;
}

/** Cuts the look-ahead row off a page fetched with `first: pageSize + 1`. */
export function toDecisionsPage(rows: readonly RoutingDecisionRowFragment[], pageSize: number): DecisionsPage {
  return { rows: rows.slice(0, pageSize), hasNext: rows.length > pageSize };
}

/** A timestamp in the reader's time zone and language, with the time of day. */
export function formatDateTime(value: string, locale: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
