import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { minorToDecimal, parseAmountToMinor } from '@salesops/domain';
import {
  OpenDealsToCloseGQL,
  type OpenDealsToCloseQuery,
  type PayoutLineFieldsFragment,
  type PlanRulesFieldsFragment,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { map } from 'rxjs';

import { payoutWithDeals } from './deals-what-if';
import { engineRules } from './what-if-model';

type OpenDeal = OpenDealsToCloseQuery['deals']['edges'][number]['node'];

/** The open deals shown to pick from: the largest amounts first. */
const DEALS_SHOWN = 50;

/**
 * "What do I earn if I close these open deals": the rep's open deals to tick, and the plan's pay for a
 * full period at today's results and with the ticked deals won, by the statements' engine in the browser.
 */
@Component({
  selector: 'so-deals-what-if',
  imports: [MatCheckboxModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (deals().length === 0) {
      <p class="muted" data-testid="deals-what-if-none">{{ 'comp.dealsWhatIf.none' | t }}</p>
    } @else {
      <ul class="deals" data-testid="deals-what-if-list">
        @for (deal of deals(); track deal.id) {
          <li>
            <mat-checkbox
              data-testid="deals-what-if-deal"
              [checked]="picked().has(deal.id)"
              (change)="toggle(deal.id, $event.checked)"
            >
              <span class="name">{{ deal.accountName || deal.externalId }}</span>
              <span class="detail">{{ deal.productName }} · {{ deal.stageName }}</span>
            </mat-checkbox>
            <span class="amount">{{ amount(deal) }}</span>
          </li>
        }
      </ul>
      @if (result(); as payout) {
        <p class="outcome" data-testid="deals-what-if-outcome">
          @if (picked().size === 0) {
            {{ 'comp.dealsWhatIf.today' | t: { now: money(payout.now.totalMinor) } }}
          } @else {
            {{
              'comp.dealsWhatIf.outcome'
                | t
                  : {
                      count: picked().size,
                      now: money(payout.now.totalMinor),
                      after: money(payout.after.totalMinor),
                      more: money(difference(payout.after.totalMinor, payout.now.totalMinor)),
                    }
            }}
          }
        </p>
      } @else {
        <p class="muted" data-testid="deals-what-if-no-goal">{{ 'comp.dealsWhatIf.noGoal' | t }}</p>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .deals {
      margin: 0;
      padding: 0;
      list-style: none;
      max-height: 320px;
      overflow-y: auto;
    }
    li {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 12px;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .name {
      display: block;
      overflow-wrap: anywhere;
    }
    .detail,
    .muted {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .amount {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .outcome {
      margin: 12px 0 0;
      font: var(--mat-sys-title-small);
    }
  `,
})
export class DealsWhatIfComponent {
  private readonly i18n = inject(I18nService);
  private readonly dealsGql = inject(OpenDealsToCloseGQL);

  readonly rules = input.required<PlanRulesFieldsFragment>();
  /** The lines of the rep's live statement: today's own and team results against their goals. */
  readonly lines = input.required<readonly PayoutLineFieldsFragment[]>();
  readonly repId = input.required<string>();

  protected readonly picked = signal<ReadonlySet<string>>(new Set());

  private readonly dealsResource = rxResource({
    params: () => this.repId(),
    stream: ({ params }) =>
      this.dealsGql
        .fetch({
          variables: { repId: params, first: DEALS_SHOWN },
          fetchPolicy: 'network-only',
        })
        .pipe(map((result) => result.data?.deals.edges.map((edge) => edge.node) ?? [])),
  });
  protected readonly deals = computed(() =>
    this.dealsResource.hasValue() ? this.dealsResource.value() : [],
  );

  /** The rules checked once, not again on every tick. */
  private readonly engine = computed(() => engineRules(this.rules()));

  protected readonly result = computed(() => {
    const rules = this.engine();
    if (!rules) return null;
    const chosen = this.deals().filter((deal) => this.picked().has(deal.id));
    const amountMinor = chosen.reduce(
      (sum, deal) => sum + (parseAmountToMinor(deal.value?.amount ?? '0') ?? 0n),
      0n,
    );
    return payoutWithDeals(rules, this.lines(), { amountMinor, count: chosen.length });
  });

  protected toggle(id: string, checked: boolean): void {
    this.picked.update((picked) => {
      const next = new Set(picked);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  /** What the deal is worth as pipeline: its amount, else its product's list price. */
  protected amount(deal: OpenDeal): string {
    return deal.value ? this.i18n.formatMoney(deal.value.amount, deal.value.currency) : '—';
  }

  protected money(minor: string): string {
    return this.i18n.formatMoney(minorToDecimal(BigInt(minor)), this.rules().currency);
  }

  protected difference(after: string, now: string): string {
    return (BigInt(after) - BigInt(now)).toString();
  }
}
