import { type PayPeriodRowFragment } from '@salesops/portal/data-access';

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
