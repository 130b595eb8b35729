import { inject, Pipe, type PipeTransform } from '@angular/core';
import { I18nService } from '@salesops/portal/i18n';

import { timeToClose } from './my-surveys-model';

/** `closesAt | closesIn: now` → "Closes in 3 days" / "3일 후 마감". */
@Pipe({ name: 'closesIn' })
export class ClosesInPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(closesAt: string, now: number): string {
    const { value, unit } = timeToClose(closesAt, now);
    const when = new Intl.RelativeTimeFormat(this.i18n.locale(), { numeric: 'always' }).format(value, unit);
    return this.i18n.t('mySurveys.closes', { when });
  }
}

/**
 * `closesAt | closeDate` → "Thu, Dec 3, 5:02 AM", in the viewer's own time zone: a close is an
 * instant, and "until Thursday" must mean the rep's Thursday.
 */
@Pipe({ name: 'closeDate' })
export class CloseDatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(closesAt: string): string {
    const date = new Date(closesAt);
    if (Number.isNaN(date.getTime())) return closesAt;
    const sameYear = date.getFullYear() === new Date().getFullYear();
    return new Intl.DateTimeFormat(this.i18n.locale(), {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      ...(sameYear ? {} : { year: 'numeric' }),
      hour: 'numeric',
      minute: '2-digit',
    }).format(date);
  }
}
