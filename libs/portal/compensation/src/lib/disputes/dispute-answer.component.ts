import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { isPeriodKey } from '@salesops/domain';
import {
  type DisputeDecision,
  type PayoutDisputeFieldsFragment,
  ResolvePayoutDisputeGQL,
  shownErrors,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { isAdjustmentAmount } from '../statements/adjustment-amount';

/** Ops answer a rep's question: adjust (an amount on an open period's statement) or no change. */
@Component({
  selector: 'so-dispute-answer',
  imports: [
    FormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dispute-answer.component.html',
  styleUrl: './dispute-answer.component.scss',
})
export class DisputeAnswerComponent {
  private readonly gql = inject(ResolvePayoutDisputeGQL);
  private readonly i18n = inject(I18nService);

  readonly dispute = input.required<PayoutDisputeFieldsFragment>();
  readonly resolved = output<PayoutDisputeFieldsFragment>();
  readonly cancelled = output<void>();

  protected readonly decision = signal<DisputeDecision>('ADJUST');
  protected readonly amount = signal('');
  protected readonly period = signal('');
  protected readonly answer = signal('');
  protected readonly tried = signal(false);
  protected readonly sending = signal(false);
  protected readonly errors = signal<string[]>([]);

  protected adjusting(): boolean {
    return this.decision() === 'ADJUST';
  }

  protected amountValid(): boolean {
    return !this.adjusting() || isAdjustmentAmount(this.amount());
  }

  protected periodValid(): boolean {
    return !this.adjusting() || isPeriodKey(this.period().trim(), ['YEAR', 'QUARTER', 'MONTH']);
  }

  protected answerValid(): boolean {
    const answer = this.answer().trim();
    return answer.length > 0 && answer.length <= 2000;
  }

  protected submit(): void {
    this.tried.set(true);
    if (!this.amountValid() || !this.periodValid() || !this.answerValid()) return;
    this.sending.set(true);
    this.errors.set([]);
    const input = {
      disputeId: this.dispute().id,
      decision: this.decision(),
      answer: this.answer().trim(),
      ...(this.adjusting() ? { amount: this.amount().trim(), period: this.period().trim() } : {}),
    };
    this.gql.mutate({ variables: { input } }).subscribe({
      next: (result) => {
        this.sending.set(false);
        const dispute = result.data?.resolvePayoutDispute;
        if (dispute) this.resolved.emit(dispute);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.errors.set([this.i18n.t('comp.resolve.failed'), ...shownErrors(error, this.i18n).banner]);
      },
    });
  }
}
