import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import {
  type AdjustmentKind,
  AdjustPayoutGQL,
  type PayoutStatementDetailFragment,
  shownErrors,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';

import { CorrectionFormComponent, type CorrectionTestIds } from './correction-form.component';

/** Books an adjustment or a clawback, with the reason the rep reads, on an open period's statement. */
@Component({
  selector: 'so-adjustment-form',
  imports: [MatButtonToggleModule, CorrectionFormComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './adjustment-form.component.html',
  styleUrl: './adjustment-form.component.scss',
})
export class AdjustmentFormComponent {
  private readonly gql = inject(AdjustPayoutGQL);
  private readonly i18n = inject(I18nService);

  readonly repId = input.required<string>();
  readonly currency = input.required<string>();
  /** The period suggested: the statement's own while it is live. */
  readonly suggestedPeriod = input<string>('');
  readonly adjusted = output<PayoutStatementDetailFragment>();

  protected readonly testIds: CorrectionTestIds = {
    form: 'adjust-form',
    amount: 'adjust-amount',
    period: 'adjust-period',
    text: 'adjust-reason',
    submit: 'adjust-submit',
  };
  protected readonly kind = signal<AdjustmentKind>('ADJUSTMENT');
  protected readonly amount = signal('');
  protected readonly reason = signal('');
  protected readonly period = linkedSignal(() => this.suggestedPeriod());
  protected readonly sending = signal(false);
  protected readonly errors = signal<string[]>([]);

  protected submit(): void {
    this.sending.set(true);
    this.errors.set([]);
    const input = {
      repId: this.repId(),
      kind: this.kind(),
      amount: this.amount().trim(),
      reason: this.reason().trim(),
      period: this.period().trim(),
    };
    this.gql.mutate({ variables: { input } }).subscribe({
      next: (result) => {
        this.sending.set(false);
        const statement = result.data?.adjustPayout;
        if (!statement) return;
        this.amount.set('');
        this.reason.set('');
        this.adjusted.emit(statement);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.errors.set([this.i18n.t('comp.adjust.failed'), ...shownErrors(error, this.i18n).banner]);
      },
    });
  }
}
