import { computed, inject, type Signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FiscalCalendarService, PayPeriodsGQL } from '@salesops/portal/data-access';
import { closedPeriodHolding, fiscalYearOf } from '@salesops/portal/data-access/pay-periods';
import { map } from 'rxjs';

export interface PayPeriodLockQuery {
  /** The period whose goals are shown; null while no well-formed key is chosen. */
  readonly period: () => string | null;
  /** False for reps, who set no goals: nothing is fetched and nothing is locked. */
  readonly enabled: () => boolean;
}

export interface PayPeriodLockResource {
  /** The fiscal year around the period: null for a malformed key, undefined until the calendar is known. */
  readonly fiscalYear: Signal<string | null | undefined>;
  /**
   * The closed pay period holding the period (its goals are locked), null when there is none,
   * undefined while that is not known yet. Should the list fail to load, this is null: the API
   * refuses a write into a closed period anyway.
   */
  readonly lockedBy: Signal<string | null | undefined>;
  readonly error: Signal<Error | undefined>;
  /** Fetches the pay periods again, e.g. after the API said one was closed meanwhile. */
  reload(): void;
}

/**
 * Whether a closed pay period locks the goals of the chosen period, from the pay periods of the
 * fiscal year around it. Creates a resource, so it runs in an injection context (a field initializer).
 */
export function payPeriodLockResource(query: PayPeriodLockQuery): PayPeriodLockResource {
  const payPeriodsGql = inject(PayPeriodsGQL);
  const calendar = inject(FiscalCalendarService).calendar;

  const fiscalYear = computed(() => {
    const known = calendar();
    return known ? fiscalYearOf(query.period() ?? '', known) : undefined;
  });
  const payPeriods = rxResource({
    // Through the computed year: stepping months inside one year does not fetch the list again.
    params: () => (query.enabled() ? (fiscalYear() ?? undefined) : undefined),
    stream: ({ params }) =>
      payPeriodsGql
        .fetch({ variables: { fiscalYear: params }, fetchPolicy: 'network-only' })
        .pipe(map((result) => ({ fiscalYear: params, periods: result.data?.payPeriods ?? [] }))),
  });
  const lockedBy = computed<string | null | undefined>(() => {
    const period = query.period();
    const year = fiscalYear();
    if (!period || !query.enabled() || payPeriods.error()) return null;
    if (year === undefined) return undefined;
    if (!year) return null;
    if (!payPeriods.hasValue() || payPeriods.value().fiscalYear !== year) return undefined;
    return closedPeriodHolding(period, payPeriods.value().periods)?.period ?? null;
  });

  return {
    fiscalYear,
    lockedBy,
    error: payPeriods.error,
    reload: () => {
      payPeriods.reload();
    },
  };
}
