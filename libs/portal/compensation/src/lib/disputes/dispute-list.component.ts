import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { type PayoutDisputeFieldsFragment } from '@salesops/portal/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@salesops/portal/i18n';

/** Questions raised on statement lines, with their answers; ops may pick one to answer or open. */
@Component({
  selector: 'so-dispute-list',
  imports: [MatButtonModule, LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="list">
      @for (dispute of disputes(); track dispute.id) {
        <li data-testid="dispute" [attr.data-status]="dispute.status">
          <div class="head">
            <span class="line">
              @if (showRep()) {
                <strong>{{ dispute.repName }}</strong> ·
              }
              {{ dispute.period }} · {{ dispute.lineLabel }} ({{ money(dispute) }})
            </span>
            <span class="chip" [class]="dispute.status">{{ statusKey(dispute) | t }}</span>
          </div>
          <p class="note" data-testid="dispute-note">“{{ dispute.note }}”</p>
          <p class="meta">{{ 'comp.dispute.raisedOn' | t: { date: (dispute.raisedAt | localDate) } }}</p>
          @if (dispute.answer) {
            <p class="answer" data-testid="dispute-answer">
              <span class="meta">
                {{
                  'comp.dispute.answeredBy'
                    | t: { name: dispute.resolvedByName ?? '', date: (dispute.resolvedAt | localDate) }
                }}
              </span>
              {{ dispute.answer }}
            </p>
          }
          @if (actionable()) {
            <div class="actions">
              <button mat-button type="button" data-testid="dispute-open" (click)="opened.emit(dispute)">
                {{ 'comp.dispute.openStatement' | t }}
              </button>
              @if (canAnswer() && dispute.status === 'OPEN') {
                <button
                  mat-flat-button
                  type="button"
                  data-testid="dispute-answer-open"
                  (click)="answering.emit(dispute)"
                >
                  {{ 'comp.dispute.answerAction' | t }}
                </button>
              }
            </div>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .list {
      display: flex;
      flex-direction: column;
      gap: 12px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      padding: 12px 16px;
      background: var(--mat-sys-surface-container-lowest);
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-large);
    }
    .head {
      display: flex;
      justify-content: space-between;
      align-items: flex-start;
      gap: 12px;
    }
    .line {
      font: var(--mat-sys-title-small);
      overflow-wrap: anywhere;
    }
    .chip {
      padding: 2px 10px;
      border-radius: 999px;
      white-space: nowrap;
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .chip.ADJUSTED {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .chip.REJECTED {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
    p {
      margin: 6px 0 0;
      font: var(--mat-sys-body-medium);
      overflow-wrap: anywhere;
    }
    .meta {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .answer {
      padding: 8px 12px;
      border-left: 3px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container-low);
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
      margin-top: 8px;
    }
  `,
})
export class DisputeListComponent {
  private readonly i18n = inject(I18nService);

  readonly disputes = input.required<readonly PayoutDisputeFieldsFragment[]>();
  readonly showRep = input(true);
  /** Ops: buttons to open the statement and to answer. */
  readonly actionable = input(false);
  /** Admins answer; managers only read. */
  readonly canAnswer = input(false);
  readonly opened = output<PayoutDisputeFieldsFragment>();
  readonly answering = output<PayoutDisputeFieldsFragment>();

  protected statusKey(dispute: PayoutDisputeFieldsFragment) {
    return `comp.dispute.status.${dispute.status}` as const;
  }

  /** The line's amount when questioned, in the statement's currency. */
  protected money(dispute: PayoutDisputeFieldsFragment): string {
    return this.i18n.formatMoney(dispute.lineAmount, dispute.currency);
  }
}
