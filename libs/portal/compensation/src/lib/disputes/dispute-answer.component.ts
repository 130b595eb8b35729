import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import {
  type DisputeDecision,
  type PayoutDisputeFieldsFragment,
  ResolvePayoutDisputeGQL,
  shownErrors,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';

import { CorrectionFormComponent, type CorrectionTestIds } from '../statements/correction-form.component';

/** Ops answer a rep's question: adjust (an amount on an open period's statement) or no change. */
@Component({
  selector: 'so-dispute-answer',
  imports: [MatButtonToggleModule, CorrectionFormComponent, TranslatePipe],
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

  protected readonly testIds: CorrectionTestIds = {
    form: 'dispute-answer-form',
    amount: 'resolve-amount',
    period: 'resolve-period',
    text: 'resolve-answer',
    submit: 'resolve-submit',
  };
  protected readonly decision = signal<DisputeDecision>('ADJUST');
  protected readonly amount = signal('');
  protected readonly period = signal('');
  protected readonly answer = signal('');
  protected readonly sending = signal(false);
  protected readonly errors = signal<string[]>([]);

  protected adjusting(): boolean {
    return this.decision() === 'ADJUST';
  }

  protected submit(): void {
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
