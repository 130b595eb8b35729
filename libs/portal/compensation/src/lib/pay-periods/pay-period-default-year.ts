import { periodContaining } from '@salesops/domain';
import {
  type DealsGQL,
  type FiscalCalendarInfo,
  type PayPeriodRowFragment,
  type PayPeriodsGQL,
} from '@salesops/portal/data-access';
import { forkJoin, map, type Observable } from 'rxjs';

/** What the page knows when it picks the year to open on. */
export interface YearEvidence {
  readonly calendar: FiscalCalendarInfo;
  /** The periods of the current fiscal year, as the API lists them. */
  readonly currentPeriods: readonly PayPeriodRowFragment[];
  /** The last day any deal was engaged or closed on; null when there are no deals at all. */
  readonly latestDealDate: string | null;
}

/** The year the page opens on, and whether it is the current one. */
export interface DefaultYear {
  readonly fiscalYear: string;
  /** The current year had nothing to settle, so an earlier year with data is shown instead. */
  readonly fellBack: boolean;
}

/**
 * The current fiscal year when it has something to settle (goals, a closed period, deals); else the
 * latest fiscal year with deals, so an admin does not open on an empty year; else the current one.
 */
export function defaultFiscalYear({ calendar, currentPeriods, latestDealDate }: YearEvidence): DefaultYear {
  const current = { fiscalYear: calendar.currentYear, fellBack: false };
  const settled = currentPeriods.some((p) => p.status === 'CLOSED' || (p.goalCount ?? 0) > 0);
  if (settled || !latestDealDate) return current;
  const dealYear = periodContaining(latestDealDate, 'YEAR', { startMonth: calendar.startMonth }).key;
  // FY keys have four-digit years, so they sort as text.
  return dealYear >= calendar.currentYear ? current : { fiscalYear: dealYear, fellBack: true };
}

/** Asks the API what `defaultFiscalYear` needs: the current year's periods and the latest deal days. */
export function loadYearEvidence(
  calendar: FiscalCalendarInfo,
  payPeriodsGql: PayPeriodsGQL,
  dealsGql: DealsGQL,
): Observable<YearEvidence> {
  // One deal each: the last one closed and the last one engaged (an open deal has no close day yet).
  const latest = (field: 'CLOSE_DATE' | 'ENGAGE_DATE') =>
    dealsGql
      .fetch({
        variables: {
          first: 1,
          after: null,
          sort: { field, direction: 'DESC' },
          filter: field === 'CLOSE_DATE' ? { closedFrom: EARLIEST } : { engagedFrom: EARLIEST },
        },
        fetchPolicy: 'network-only',
      })
      .pipe(
        map((result) => {
          const deal = result.data?.deals.edges[0]?.node;
          return (field === 'CLOSE_DATE' ? deal?.closeDate : deal?.engageDate) ?? null;
        }),
      );
  return forkJoin({
    currentPeriods: payPeriodsGql
      .fetch({ variables: { fiscalYear: calendar.currentYear }, fetchPolicy: 'network-only' })
      .pipe(map((result) => result.data?.payPeriods ?? [])),
    closed: latest('CLOSE_DATE'),
    engaged: latest('ENGAGE_DATE'),
  }).pipe(
    map(({ currentPeriods, closed, engaged }) => ({
      calendar,
      currentPeriods,
      latestDealDate:
        [closed, engaged]
          .filter((day): day is string => !!day)
          .sort()
          .at(-1) ?? null,
    })),
  );
}

// The API's earliest day: a lower bound that keeps deals without the day out of the sort.
const EARLIEST = '1900-01-01';
