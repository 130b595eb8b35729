import { ApplicationRef, signal, type WritableSignal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  type FiscalCalendarInfo,
  type PayPeriodRowFragment,
  PayPeriodsGQL,
} from '@salesops/portal/data-access';
import { fiscalCalendarAnswer, payPeriodRow } from '@salesops/portal/data-access/testing';
import { of, throwError } from 'rxjs';

import { type PayPeriodLockResource, payPeriodLockResource } from './pay-period-lock-resource';

// Part of FY2017 as the API lists it, with the third quarter closed.
const FY2017_Q3_CLOSED = [
  payPeriodRow('FY2017', 'YEAR', '2017-01-01', '2018-01-01'),
  payPeriodRow('FY2017-Q3', 'QUARTER', '2017-07-01', '2017-10-01', true),
  payPeriodRow('2017-08', 'MONTH', '2017-08-01', '2017-09-01'),
];

interface Setup {
  readonly lock: PayPeriodLockResource;
  readonly period: WritableSignal<string | null>;
  readonly fetch: jest.Mock;
}

function setup(
  periods: PayPeriodRowFragment[] | Error = FY2017_Q3_CLOSED,
  calendar?: FiscalCalendarInfo,
  enabled = true,
): Setup {
  const fetch = jest.fn(() =>
    periods instanceof Error ? throwError(() => periods) : of({ data: { payPeriods: periods } }),
  );
  TestBed.configureTestingModule({
    providers: [{ provide: PayPeriodsGQL, useValue: { fetch } }, fiscalCalendarAnswer(calendar)],
  });
  const period = signal<string | null>('2017-08');
  const lock = TestBed.runInInjectionContext(() => payPeriodLockResource({ period, enabled: () => enabled }));
  return { lock, period, fetch };
}

const settle = () => TestBed.inject(ApplicationRef).whenStable();

describe('payPeriodLockResource', () => {
  it('should not know the lock until the calendar and the pay periods are loaded', async () => {
    const { lock } = setup();

    expect(lock.lockedBy()).toBeUndefined();
    await settle();
    expect(lock.lockedBy()).toBe('FY2017-Q3');
  });

  it('should name the closed pay period holding the period, and none for an open one', async () => {
    const { lock, period, fetch } = setup();
    await settle();
    expect(lock.fiscalYear()).toBe('FY2017');
    expect(lock.lockedBy()).toBe('FY2017-Q3');

    period.set('2017-10');
    await settle();
    expect(lock.lockedBy()).toBeNull();
    // The same fiscal year: the list is not fetched again.
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('should fetch the fiscal year of the API calendar when the period moves into another', async () => {
    const { lock, period, fetch } = setup([], { startMonth: 4, currentYear: 'FY2027' });
    await settle();
    expect(fetch).toHaveBeenLastCalledWith(expect.objectContaining({ variables: { fiscalYear: 'FY2018' } }));

    period.set('2017-03');
    await settle();
    expect(lock.fiscalYear()).toBe('FY2017');
    expect(fetch).toHaveBeenLastCalledWith(expect.objectContaining({ variables: { fiscalYear: 'FY2017' } }));
    expect(lock.lockedBy()).toBeNull();
  });

  it('should lock nothing and fetch nothing when disabled (a rep)', async () => {
    const { lock, fetch } = setup(FY2017_Q3_CLOSED, undefined, false);
    await settle();

    expect(lock.lockedBy()).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('should lock nothing for a malformed or missing period', async () => {
    const { lock, period } = setup();
    period.set('2017-13');
    await settle();
    expect(lock.fiscalYear()).toBeNull();
    expect(lock.lockedBy()).toBeNull();

    period.set(null);
    expect(lock.lockedBy()).toBeNull();
  });

  it('should leave the period editable and tell the error when the list cannot be loaded', async () => {
    const { lock } = setup(new Error('offline'));
    await settle();

    expect(lock.lockedBy()).toBeNull();
    expect(lock.error()?.message).toBe('offline');
  });

  it('should fetch the list again on reload and follow a close made meanwhile', async () => {
    const { lock, fetch } = setup([]);
    await settle();
    expect(lock.lockedBy()).toBeNull();

    fetch.mockReturnValue(of({ data: { payPeriods: FY2017_Q3_CLOSED } }));
    lock.reload();
    await settle();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(lock.lockedBy()).toBe('FY2017-Q3');
  });
});
