import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import {
  type PayoutDisputeFieldsFragment,
  type PayoutStatementDetailFragment,
} from '@salesops/portal/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@salesops/portal/i18n';

import { StatementLineComponent } from './statement-line.component';

/**
 * A rep's statement for one pay period, the same for the rep and for ops: status, every line with its
 * arithmetic, the total and how it was rounded. The rep's own may question a line.
 */
@Component({
  selector: 'so-statement-view',
  imports: [StatementLineComponent, LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="head">
      <div>
        <h3 class="title" data-testid="statement-title">
          {{ 'comp.statement.title' | t: { name: statement().repName, period: statement().period } }}
        </h3>
        <p class="sub">
          {{ statement().periodStart | localDate }} – {{ lastDay() | localDate }}
          @if (statement().plans.length > 0) {
            · {{ statement().plans.join(', ') }}
          }
        </p>
      </div>
      <span
        class="chip"
        [class.frozen]="frozen()"
        data-testid="statement-status"
        [attr.data-status]="statement().status"
      >
        {{ (frozen() ? 'comp.status.FROZEN' : 'comp.status.LIVE') | t }}
      </span>
    </header>
    <p class="note">
      @if (frozen()) {
        {{ 'comp.statement.frozenNote' | t: { date: (statement().frozenAt | localDate) } }}
      } @else {
        {{ 'comp.statement.liveNote' | t }}
      }
    </p>
    @for (line of statement().lines; track line.key) {
      <so-statement-line
        data-testid="statement-line"
        [line]="line"
        [repId]="statement().repId"
        [period]="statement().period"
        [currency]="statement().currency"
        [disputable]="disputable()"
        [questioned]="questionedKeys().has(line.key)"
        (disputed)="disputed.emit($event)"
      />
    } @empty {
      <p class="note">{{ 'comp.statement.noLines' | t }}</p>
    }
    <footer class="total">
      <span>{{ 'comp.statement.total' | t }}</span>
      <span class="amount" data-testid="statement-total">{{ money(statement().total) }}</span>
    </footer>
    <p class="explanation" data-testid="statement-explanation">{{ statement().explanation }}</p>
  `,
  styleUrl: './statement-view.component.scss',
})
export class StatementViewComponent {
  private readonly i18n = inject(I18nService);

  readonly statement = input.required<PayoutStatementDetailFragment>();
  readonly disputable = input(false);
  /** Disputes the viewer knows of: their open ones mark the lines already questioned. */
  readonly disputes = input<readonly PayoutDisputeFieldsFragment[]>([]);
  readonly disputed = output<PayoutDisputeFieldsFragment>();

  protected readonly frozen = computed(() => this.statement().status === 'FROZEN');
  protected readonly lastDay = computed(() => {
    const end = new Date(`${this.statement().periodEnd}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() - 1);
    return end.toISOString().slice(0, 10);
  });
  protected readonly questionedKeys = computed(
    () =>
      new Set(
        this.disputes()
          .filter(
            (d) =>
              d.status === 'OPEN' &&
              d.period === this.statement().period &&
              d.repId === this.statement().repId,
          )
          .map((d) => d.lineKey),
      ),
  );

  protected money(amount: string): string {
    return this.i18n.formatMoney(amount, this.statement().currency);
  }
}
