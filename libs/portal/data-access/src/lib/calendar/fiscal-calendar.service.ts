import { computed, inject, Injectable } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';

import { FiscalCalendarGQL } from '../generated';

/** The API's fiscal calendar: the month the fiscal year starts in, and the fiscal year of today. */
export interface FiscalCalendarInfo {
  readonly startMonth: number;
  /** e.g. FY2027 */
  readonly currentYear: string;
}

/**
 * The fiscal calendar the API is configured with, fetched once and shared by every page. Pages that
 * place a month or a week in its fiscal year wait for it (`calendar()` is undefined until then). Should
 * it fail to load, the default calendar (January) is used: the API still judges every write itself.
 */
@Injectable({ providedIn: 'root' })
export class FiscalCalendarService {
  private readonly gql = inject(FiscalCalendarGQL);
  private readonly loaded = rxResource({
    stream: () => this.gql.fetch().pipe(map((result) => result.data?.fiscalCalendar ?? null)),
  });

  readonly calendar = computed<FiscalCalendarInfo | undefined>(() => {
    if (this.loaded.error()) return defaultCalendar(new Date());
    const value = this.loaded.hasValue() ? this.loaded.value() : undefined;
    return value === null ? defaultCalendar(new Date()) : value;
  });
}

function defaultCalendar(today: Date): FiscalCalendarInfo {
  return { startMonth: 1, currentYear: `FY${today.getUTCFullYear()}` };
}
