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
import { MatTabsModule } from '@angular/material/tabs';
import { Router } from '@angular/router';
import {
  errorCodeOf,
  FiscalCalendarService,
  ForecastBacktestGQL,
  ForecastGQL,
  ForecastLatestWinGQL,
  type ForecastMethod,
  type ForecastMetric,
  GoalGridRepsGQL,
  keptWhileLoading,
  loadTeamOptions,
  SessionStore,
  shownErrors,
  TeamOptionsGQL,
  toFieldErrors,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { downloadCsv, PageHeaderComponent, StateMessageComponent, toCsv } from '@salesops/portal/ui';
import { from, map, of } from 'rxjs';

import { BudgetPanelComponent } from '../budget/budget-panel.component';
import { CallsPanelComponent } from '../calls/calls-panel.component';
import { SuggestionsPanelComponent } from '../suggestions/suggestions-panel.component';
import { AccuracyTableComponent } from './accuracy-table.component';
import { FanChartComponent } from './fan-chart.component';
import { chartMonths } from './forecast-chart';
import { backtestCsvColumns, methodCsvColumns } from './forecast-csv';
import { ForecastFiltersComponent } from './forecast-filters.component';
import { defaultAsOf, horizonOf, nextPeriodKey, todayUtc } from './forecast-period';
import { forecastReading, orderedMethods } from './forecast-reading';
import { methodKey } from './forecast-words';
import { MethodCardsComponent } from './method-cards.component';
import { defaultSubject, loadRepOptions, parseSubject, scopeTeamId, subjectValue } from './subject-options';

const TABS = ['forecast', 'calls', 'suggestions', 'budget'] as const;

/**
 * Ops and managers: a subject's forecast for a period by every method, the recommended first with the
 * proof of how far to trust it, then the people's calls, goal suggestions and the year's budget in tabs.
 * Every choice lives in the URL (`?subject=TEAM:<id>&period=FY2018-Q1&metric=&asOf=&tab=`).
 */
@Component({
  selector: 'so-forecast-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    MatTabsModule,
    PageHeaderComponent,
    StateMessageComponent,
    AccuracyTableComponent,
    BudgetPanelComponent,
    CallsPanelComponent,
    FanChartComponent,
    ForecastFiltersComponent,
    MethodCardsComponent,
    SuggestionsPanelComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forecast-page.component.html',
  styleUrl: './forecast-page.component.scss',
})
export class ForecastPageComponent {
  private readonly forecastGql = inject(ForecastGQL);
  private readonly backtestGql = inject(ForecastBacktestGQL);
  private readonly latestWinGql = inject(ForecastLatestWinGQL);
  private readonly teamsGql = inject(TeamOptionsGQL);
  private readonly repsGql = inject(GoalGridRepsGQL);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18nService);
  protected readonly calendar = inject(FiscalCalendarService).calendar;
  private readonly role = inject(SessionStore).role;
  protected readonly isAdmin = computed(() => this.role() === 'ADMIN');

  /** Query parameters, bound by the router. */
  readonly subject = input<string | undefined>(undefined);
  readonly period = input<string | undefined>(undefined);
  readonly metric = input<string | undefined>(undefined);
  readonly asOf = input<string | undefined>(undefined);
  readonly tab = input<string | undefined>(undefined);

  protected readonly teams = rxResource({ stream: () => from(loadTeamOptions(this.teamsGql)) });
  protected readonly reps = rxResource({ stream: () => from(loadRepOptions(this.repsGql)) });
  private readonly latestWin = rxResource({
    stream: () =>
      this.latestWinGql
        .fetch({ variables: { closedTo: todayUtc() } })
        .pipe(map((r) => r.data?.deals.edges[0]?.node.closeDate ?? null)),
  });
  protected readonly teamList = computed(() => (this.teams.hasValue() ? this.teams.value() : []));
  protected readonly repList = computed(() => (this.reps.hasValue() ? this.reps.value() : []));

  protected readonly chosenSubject = linkedSignal<string | null>(() => {
    const linked = parseSubject(this.subject());
    if (linked) return subjectValue(linked);
    if (this.teams.isLoading() || this.reps.isLoading()) return null;
    const fallback = defaultSubject(this.isAdmin(), this.teamList(), this.repList());
    return fallback ? subjectValue(fallback) : null;
  });
  protected readonly chosenAsOf = linkedSignal<string | null>(() => {
    if (this.asOf()) return this.asOf() as string;
    if (this.latestWin.isLoading()) return null;
    return defaultAsOf(this.latestWin.hasValue() ? this.latestWin.value() : null, todayUtc());
  });
  protected readonly chosenPeriod = linkedSignal<string | null>(() => {
    const [asOf, calendar] = [this.chosenAsOf(), this.calendar()];
    return this.period() ?? (asOf && calendar ? nextPeriodKey(asOf, 'QUARTER', calendar) : null);
  });
  protected readonly chosenMetric = linkedSignal<ForecastMetric>(() =>
    this.metric() === 'DEALS_WON' ? 'DEALS_WON' : 'WON_REVENUE',
  );
  protected readonly tabIndex = linkedSignal(() =>
    Math.max(0, TABS.indexOf(this.tab() as (typeof TABS)[number])),
  );

  protected readonly query = computed(() => {
    const subject = parseSubject(this.chosenSubject());
    const [period, asOf] = [this.chosenPeriod(), this.chosenAsOf()];
    return subject && period && asOf
      ? { subject: subject.kind, subjectId: subject.id, period, asOf, metric: this.chosenMetric() }
      : undefined;
  });
  protected readonly forecast = rxResource({
    params: () => this.query(),
    stream: ({ params }) =>
      this.forecastGql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.forecast ?? null)),
  });
  protected readonly shown = keptWhileLoading(this.forecast);
  protected readonly backtest = rxResource({
    params: () => {
      const [q, calendar] = [this.query(), this.calendar()];
      return q && calendar
        ? {
            subject: q.subject,
            subjectId: q.subjectId,
            asOf: q.asOf,
            metric: q.metric,
            horizon: horizonOf(q.period, calendar),
          }
        : undefined;
    },
    stream: ({ params }) =>
      params
        ? this.backtestGql.fetch({ variables: params }).pipe(map((r) => r.data?.forecastBacktest ?? null))
        : of(null),
  });
  protected readonly forecastErrors = computed(() => {
    const [error, q] = [this.forecast.error(), this.query()];
    if (!error) return [];
    // A period the API cannot forecast is the usual refusal: say which rule, then the API's own detail.
    if (q && errorCodeOf(error) === 'BAD_USER_INPUT') {
      const headline = this.i18n.t('forecast.cannotForecast', {
        period: q.period,
        date: this.i18n.formatDate(q.asOf),
      });
      return [headline, ...Object.values(toFieldErrors(error)).map((detail) => `(${detail})`)];
    }
    return shownErrors(error, this.i18n).banner;
  });

  protected readonly methods = computed(() => orderedMethods(this.shown()?.methods ?? []));
  protected readonly selectedMethod = linkedSignal<ForecastMethod | null>(
    () => this.methods().find((m) => m.point !== null)?.method ?? null,
  );
  protected readonly months = computed(() => {
    const forecast = this.shown();
    const method = this.methods().find((m) => m.method === this.selectedMethod()) ?? null;
    return forecast ? chartMonths(forecast, method) : [];
  });
  protected readonly reading = computed(() => {
    const forecast = this.shown();
    if (!forecast) return [];
    return forecastReading(
      forecast.methods,
      forecast.subject.name,
      (share) => this.i18n.formatPercent(share),
      (method) => this.i18n.t(methodKey(method)),
      (share) => this.i18n.formatNumber(Math.round(share * 1000) / 10),
    ).map((part) => this.i18n.t(part.key, part.params));
  });
  protected readonly scopeTeam = computed(() => {
    const subject = parseSubject(this.chosenSubject());
    return subject ? scopeTeamId(subject, this.repList()) : null;
  });
  protected readonly rootTeamIds = computed(() => {
    const ids = new Set(this.teamList().map((t) => t.id));
    return this.teamList()
      .filter((t) => !t.parentId || !ids.has(t.parentId))
      .map((t) => t.id);
  });

  constructor() {
    // The URL follows the pickers, so a forecast can be bookmarked and sent to someone.
    effect(() => {
      const q = this.query();
      if (!q) return;
      const queryParams = {
        subject: this.chosenSubject(),
        period: q.period,
        metric: q.metric,
        asOf: q.asOf,
        tab: TABS[this.tabIndex()],
      };
      void this.router.navigate([], { queryParams, replaceUrl: true });
    });
  }

  protected exportMethods(): void {
    const forecast = this.shown();
    if (!forecast) return;
    const columns = methodCsvColumns(this.i18n, {
      subject: forecast.subject.name,
      period: forecast.period,
      asOf: forecast.asOf,
      metric: forecast.metric,
      currency: forecast.currency,
    });
    downloadCsv(`${this.i18n.t('forecast.fileName')}-${forecast.period}.csv`, toCsv(columns, this.methods()));
  }

  protected exportBacktest(): void {
    const backtest = this.backtest.hasValue() ? this.backtest.value() : null;
    const forecast = this.shown();
    if (!backtest || !forecast) return;
    const columns = backtestCsvColumns(this.i18n, forecast.subject.name, backtest.horizonMonths);
    downloadCsv(
      `${this.i18n.t('forecast.accuracyFileName')}-${backtest.asOf}.csv`,
      toCsv(columns, backtest.methods),
    );
  }
}
