import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import {
  ClosePayPeriodGQL,
  errorCodeOf,
  type PayPeriodRowFragment,
  shownErrors,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe, type TranslationKey } from '@salesops/portal/i18n';
import { ErrorBannerComponent } from '@salesops/portal/ui';
import { firstValueFrom } from 'rxjs';

import { lastDayOf } from './pay-period-model';

export interface ClosePayPeriodDialogData {
  readonly period: PayPeriodRowFragment;
  /** Called when the API says the list behind is out of date (closed by someone else meanwhile). */
  readonly stale?: () => void;
}

/**
 * Asks an admin to confirm closing a pay period: says plainly that it is final and how many goals it
 * locks, and waits for a ticked "I understand". Closes with the closed period, or nothing.
 */
@Component({
  selector: 'so-close-pay-period-dialog',
  imports: [MatButtonModule, MatCheckboxModule, MatDialogModule, ErrorBannerComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './close-pay-period-dialog.component.html',
  styleUrl: './close-pay-period-dialog.component.scss',
})
export class ClosePayPeriodDialogComponent {
  protected readonly data = inject<ClosePayPeriodDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject(MatDialogRef<ClosePayPeriodDialogComponent, PayPeriodRowFragment>);
  private readonly closeGql = inject(ClosePayPeriodGQL);
  private readonly i18n = inject(I18nService);

  protected readonly key = this.data.period.period;
  protected readonly understood = signal(false);
  protected readonly saving = signal(false);
  protected readonly banner = signal<readonly string[]>([]);
  /** Someone else closed it meanwhile: there is nothing left to confirm. */
  protected readonly closedElsewhere = signal(false);

  protected readonly dates = computed(() => ({
    period: this.key,
    first: this.i18n.formatDate(this.data.period.start),
    last: this.i18n.formatDate(lastDayOf(this.data.period.end)),
  }));
  protected readonly goalsText = computed(() => {
    const count = this.data.period.goalCount ?? 0;
    const key: TranslationKey =
      count === 0
        ? 'payPeriods.dialog.goalsNone'
        : count === 1
          ? 'payPeriods.dialog.goalsOne'
          : 'payPeriods.dialog.goalsMany';
    return this.i18n.t(key, { count: this.i18n.formatNumber(count) });
  });
  protected readonly includesText = computed(() => {
    const type = this.data.period.type;
    return type === 'YEAR' || type === 'QUARTER' || type === 'MONTH'
      ? this.i18n.t(`payPeriods.dialog.includes.${type}`)
      : '';
  });

  protected async confirm(): Promise<void> {
    if (!this.understood() || this.saving() || this.closedElsewhere()) return;
    this.saving.set(true);
    this.banner.set([]);
    try {
      const result = await firstValueFrom(
        this.closeGql.mutate({ variables: { input: { period: this.key } } }),
      );
      const closed = result.data?.closePayPeriod;
      if (closed) this.dialogRef.close(closed);
    } catch (error) {
      this.banner.set(shownErrors(error, this.i18n).banner);
      // "Closed already": someone else closed it; the page shows that once the dialog closes.
      if (errorCodeOf(error) === 'CONFLICT') {
        this.closedElsewhere.set(true);
        this.data.stale?.();
      }
    } finally {
      this.saving.set(false);
    }
  }
}
