import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { minorToDecimal } from '@salesops/domain';
import {
  CompPlansGQL,
  FiscalCalendarService,
  type PayoutStatementDetailFragment,
  PayoutStatementGQL,
  PayoutStatementsGQL,
  SessionStore,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { downloadCsv, PageHeaderComponent, StateMessageComponent, toCsv } from '@salesops/portal/ui';
import { map, of } from 'rxjs';

import { AdjustmentFormComponent } from './adjustment-form.component';
import { fiscalYearOfDate, fiscalYearOfKey } from './period-choice';
import { PeriodSelectComponent } from './period-select.component';
import { StatementViewComponent } from './statement-view.component';
import { statementCsvColumns, totalsByCurrency } from './statements-csv';

/**
 * Ops: every rep's statement for a pay period (`?period=`), exported for payroll; `?rep=` opens one
 * statement with the same view the rep sees, and for admins the adjustment form.
 */
@Component({
  selector: 'so-statements-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
    PageHeaderComponent,
    StateMessageComponent,
    AdjustmentFormComponent,
    PeriodSelectComponent,
    StatementViewComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './statements-page.component.html',
  styleUrl: './statements-page.component.scss',
})
export class StatementsPageComponent {
  private readonly listGql = inject(PayoutStatementsGQL);
  private readonly statementGql = inject(PayoutStatementGQL);
  private readonly plansGql = inject(CompPlansGQL);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly calendar = inject(FiscalCalendarService).calendar;
  private readonly session = inject(SessionStore);
  protected readonly isAdmin = computed(() => this.session.role() === 'ADMIN');

  /** Query parameters, bound by the router. */
  readonly period = input<string | undefined>(undefined);
  readonly rep = input<string | undefined>(undefined);

  protected readonly columns = ['rep', 'plans', 'status', 'disputes', 'total'];
  private readonly plans = rxResource({
    stream: () => this.plansGql.fetch().pipe(map((result) => result.data?.compPlans ?? [])),
  });
  /** The year of the period linked to, else of the latest published plan, else this fiscal year. */
  protected readonly fiscalYear = linkedSignal<string | null>(() => {
    const linked = fiscalYearOfKey(this.period() ?? '');
    if (linked) return linked;
    const calendar = this.calendar();
    if (!calendar || this.plans.isLoading()) return null;
    const starts = (this.plans.hasValue() ? this.plans.value() : [])
      .flatMap((plan) => plan.versions)
      .filter((version) => version.status === 'PUBLISHED')
      .map((version) => version.effectiveFrom)
      .sort();
    const latest = starts.at(-1);
    return latest ? fiscalYearOfDate(latest, calendar.startMonth) : calendar.currentYear;
  });
  protected readonly chosen = linkedSignal<string | null>(() => this.period() ?? null);

  protected readonly list = rxResource({
    params: () => this.chosen() ?? undefined,
    stream: ({ params }) =>
      params
        ? this.listGql
            .fetch({ variables: { period: params }, fetchPolicy: 'network-only' })
            .pipe(map((result) => result.data?.payoutStatements ?? []))
        : of([]),
  });
  protected readonly rows = computed(() => (this.list.hasValue() ? this.list.value() : []));
  protected readonly summary = computed(() =>
    totalsByCurrency(this.rows())
      .map((sum) => this.i18n.formatMoney(minorToDecimal(sum.minor), sum.currency))
      .join(' · '),
  );

  protected readonly statement = rxResource({
    params: () => {
      const [rep, period] = [this.rep(), this.chosen()];
      return rep && period ? { repId: rep, period } : undefined;
    },
    stream: ({ params }) =>
      params
        ? this.statementGql
            .fetch({ variables: params, fetchPolicy: 'network-only' })
            .pipe(map((result) => result.data?.payoutStatement ?? null))
        : of(null),
  });
  protected readonly shownStatement = linkedSignal(() =>
    this.statement.hasValue() ? this.statement.value() : null,
  );

  constructor() {
    // The URL follows the period picked, so a statement list can be bookmarked and linked to.
    effect(() => {
      const period = this.chosen();
      if (period && period !== this.period()) {
        void this.router.navigate([], {
          queryParams: { period },
          queryParamsHandling: 'merge',
          replaceUrl: true,
        });
      }
    });
  }

  protected money(amount: string, currency: string): string {
    return this.i18n.formatMoney(amount, currency);
  }

  protected onAdjusted(statement: PayoutStatementDetailFragment): void {
    if (statement.period === this.shownStatement()?.period) this.shownStatement.set(statement);
    this.list.reload();
    this.snackBar.open(this.i18n.t('comp.adjust.done', { period: statement.period }), undefined, {
      duration: 4000,
    });
  }

  protected exportCsv(): void {
    downloadCsv(
      `${this.i18n.t('compStatements.fileName')}-${this.chosen() ?? ''}.csv`,
      toCsv(statementCsvColumns(this.i18n), this.rows()),
    );
  }
}
