import { type Provider } from '@angular/core';
import { of, throwError } from 'rxjs';

import { type FiscalCalendarInfo } from '../calendar/fiscal-calendar.service';
import { FiscalCalendarGQL, type PayPeriodRowFragment } from '../generated';

/** A pay period as the API answers it; a closed one was closed by the admin in January 2018. */
export function payPeriodRow(
  period: string,
  type: string,
  start: string,
  end: string,
  closed = false,
  extra: Partial<PayPeriodRowFragment> = {},
): PayPeriodRowFragment {
  return {
    period,
    type,
    start,
    end,
    status: closed ? 'CLOSED' : 'OPEN',
    closedAt: closed ? '2018-01-15T09:30:00.000Z' : null,
    closedByName: closed ? 'Sales Ops Admin' : null,
    closable: !closed,
    goalCount: 0,
    ...extra,
  };
}

/**
 * The API's answer to the fiscal-calendar query, for the real FiscalCalendarService to read: January
 * and today's year by default; an Error makes the query fail.
 */
export function fiscalCalendarAnswer(
  calendar: FiscalCalendarInfo | Error = { startMonth: 1, currentYear: `FY${new Date().getUTCFullYear()}` },
): Provider {
  const fetch = () =>
    calendar instanceof Error ? throwError(() => calendar) : of({ data: { fiscalCalendar: calendar } });
  return { provide: FiscalCalendarGQL, useValue: { fetch } };
}
