import { inject, Pipe, type PipeTransform } from '@angular/core';

import { I18nService } from './i18n.service';

/** A calendar date or timestamp in the current language's style (`Mar 5, 2017`, `2017. 3. 5.`). */
@Pipe({ name: 'localDate' })
export class LocalDatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: string | null | undefined): string {
    return this.i18n.formatDate(value);
  }
}

@Pipe({ name: 'localNumber' })
export class LocalNumberPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: number | null | undefined): string {
    return this.i18n.formatNumber(value);
  }
}

/** `deal.amount | localMoney` for a `{ amount, currency }` from the API; `: true` drops the cents. */
@Pipe({ name: 'localMoney' })
export class LocalMoneyPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: { amount: string; currency: string } | null | undefined, whole = false): string {
    return value ? this.i18n.formatMoney(value.amount, value.currency, whole) : '';
  }
}

@Pipe({ name: 'localPercent' })
export class LocalPercentPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(value: number | null | undefined): string {
    return this.i18n.formatPercent(value);
  }
}
