import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { PayoutLineDealsGQL } from '@salesops/portal/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@salesops/portal/i18n';
import { map } from 'rxjs';

/** The deals one statement line measured, loaded when the line is opened. */
@Component({
  selector: 'so-line-deals',
  imports: [LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (deals.isLoading()) {
      <p class="muted" role="status">{{ 'common.loading' | t }}</p>
    } @else if (deals.error()) {
      <p class="error" role="alert" data-testid="line-deals-error">{{ 'comp.deals.loadFailed' | t }}</p>
    } @else if (deals.hasValue()) {
      @if (deals.value().length === 0) {
        <p class="muted" data-testid="line-deals-empty">{{ 'comp.deals.none' | t }}</p>
      } @else {
        <p class="muted">{{ 'comp.deals.count' | t: { count: deals.value().length } }}</p>
        <ul class="deals" data-testid="line-deals">
          @for (deal of deals.value(); track deal.id) {
            <li data-testid="line-deal">
              <span class="name">{{ deal.accountName ?? deal.externalId }}</span>
              <span class="amount">{{ money(deal.amount) }}</span>
              <span class="meta">
                {{ deal.externalId }} · {{ deal.productName }} · {{ deal.stageName }}
                @if (deal.closeDate) {
                  · {{ deal.closeDate | localDate }}
                }
              </span>
            </li>
          }
        </ul>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      padding: 8px 0 0;
    }
    p {
      margin: 0 0 8px;
      font: var(--mat-sys-body-small);
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
    .deals {
      margin: 0;
      padding: 0;
      list-style: none;
      max-height: 320px;
      overflow-y: auto;
    }
    li {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0 12px;
      padding: 6px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
      font: var(--mat-sys-body-medium);
    }
    .amount {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .meta {
      grid-column: 1 / -1;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class LineDealsComponent {
  private readonly gql = inject(PayoutLineDealsGQL);
  private readonly i18n = inject(I18nService);

  readonly repId = input.required<string>();
  readonly period = input.required<string>();
  readonly lineKey = input.required<string>();
  readonly currency = input.required<string>();

  protected readonly deals = rxResource({
    params: () => ({ repId: this.repId(), period: this.period(), lineKey: this.lineKey() }),
    stream: ({ params }) =>
      this.gql.fetch({ variables: params }).pipe(map((result) => result.data?.payoutLineDeals ?? [])),
  });

  protected money(amount: string | null): string {
    return amount === null ? '' : this.i18n.formatMoney(amount, this.currency());
  }
}
