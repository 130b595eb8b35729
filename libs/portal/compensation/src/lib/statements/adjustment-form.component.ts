import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { isPeriodKey } from '@salesops/domain';
import {
  type AdjustmentKind,
  AdjustPayoutGQL,
  type PayoutStatementDetailFragment,
  shownErrors,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { isAdjustmentAmount } from './adjustment-amount';

/** Books an adjustment or a clawback, with the reason the rep reads, on an open period's statement. */
@Component({
  selector: 'so-adjustment-form',
  imports: [
    FormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
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

  protected readonly kind = signal<AdjustmentKind>('ADJUSTMENT');
  protected readonly amount = signal('');
  protected readonly reason = signal('');
  protected readonly period = linkedSignal(() => this.suggestedPeriod());
  protected readonly tried = signal(false);
  protected readonly sending = signal(false);
  protected readonly errors = signal<string[]>([]);

  protected amountValid(): boolean {
    return isAdjustmentAmount(this.amount());
  }

  protected reasonValid(): boolean {
    const reason = this.reason().trim();
    return reason.length > 0 && reason.length <= 1000;
  }

  protected periodValid(): boolean {
    return isPeriodKey(this.period().trim(), ['YEAR', 'QUARTER', 'MONTH']);
  }

  protected submit(): void {
    this.tried.set(true);
    if (!this.amountValid() || !this.reasonValid() || !this.periodValid()) return;
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
        this.tried.set(false);
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
