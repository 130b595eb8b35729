import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  type PayoutDisputeFieldsFragment,
  type PayoutLineFieldsFragment,
  RaisePayoutDisputeGQL,
  shownErrors,
} from '@salesops/portal/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@salesops/portal/i18n';

import { ratioToPercent } from '../plans/decimal-text';
import { LineDealsComponent } from './line-deals.component';

const NOTE_MAX = 2000;

/** One line of a statement with every input of its arithmetic, its deals, and "question this line". */
@Component({
  selector: 'so-statement-line',
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    LineDealsComponent,
    LocalDatePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './statement-line.component.html',
  styleUrl: './statement-line.component.scss',
})
export class StatementLineComponent {
  private readonly raiseGql = inject(RaisePayoutDisputeGQL);
  private readonly i18n = inject(I18nService);

  readonly line = input.required<PayoutLineFieldsFragment>();
  readonly repId = input.required<string>();
  readonly period = input.required<string>();
  readonly currency = input.required<string>();
  /** The rep's own statement: the line can be questioned (unless it already is). */
  readonly disputable = input(false);
  readonly questioned = input(false);
  readonly disputed = output<PayoutDisputeFieldsFragment>();

  protected readonly showDeals = signal(false);
  protected readonly asking = signal(false);
  protected readonly sending = signal(false);
  protected readonly note = signal('');
  protected readonly noteError = signal(false);
  protected readonly errors = signal<string[]>([]);

  /** Adjustments and the team bonus have no deals of their own to list. */
  protected readonly hasDeals = computed(() => {
    const kind = this.line().kind;
    return kind === 'MEASURE' || kind === 'COMMISSION';
  });
  protected readonly attainment = computed(() => {
    const value = this.line().attainment;
    return value === null ? null : ratioToPercent(value);
  });
  protected readonly kindKey = computed(() => `comp.line.kind.${this.line().kind}` as const);
  protected readonly prorated = computed(() => this.line().prorationDays < this.line().periodDays);

  protected money(amount: string): string {
    return this.i18n.formatMoney(amount, this.currency());
  }

  /** Money metrics come as decimals, counts as whole numbers. */
  protected measured(value: string | null): string {
    if (value === null) return '—';
    return this.line().metric === 'DEALS_WON' ? value : this.money(value);
  }

  protected send(): void {
    const note = this.note().trim();
    if (!note || note.length > NOTE_MAX) {
      this.noteError.set(true);
      return;
    }
    this.noteError.set(false);
    this.sending.set(true);
    this.errors.set([]);
    this.raiseGql
      .mutate({ variables: { input: { period: this.period(), lineKey: this.line().key, note } } })
      .subscribe({
        next: (result) => {
          this.sending.set(false);
          const dispute = result.data?.raisePayoutDispute;
          if (!dispute) return;
          this.asking.set(false);
          this.note.set('');
          this.disputed.emit(dispute);
        },
        error: (error: unknown) => {
          this.sending.set(false);
          this.errors.set([this.i18n.t('comp.dispute.failed'), ...shownErrors(error, this.i18n).banner]);
        },
      });
  }
}
