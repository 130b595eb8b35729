import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { addDays, minorToDecimal, parseAmountToMinor, parsePeriodKey, type Period } from '@salesops/domain';
import {
  FiscalCalendarService,
  ForecastGQL,
  type ForecastMetric,
  type ForecastQuery,
  type ForecastSubjectKind,
  GoalGridGQL,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe } from '@salesops/portal/i18n';
import { downloadCsv, StateMessageComponent, toCsv } from '@salesops/portal/ui';
import { catchError, forkJoin, map, type Observable, of } from 'rxjs';

import { formatFigure } from '../forecast/forecast-format';
import { fiscalYearOf } from '../forecast/forecast-period';
import { methodKey } from '../forecast/forecast-words';
import { budgetCsvColumns } from './budget-csv';
import { budgetRows } from './budget-model';

type Forecast = ForecastQuery['forecast'];

// The API forecasts periods ending within 24 months of the as-of day.
const MAX_AHEAD_DAYS = 730;

/** A fiscal year by quarter: the goal, the recommended forecast with its interval, and last year. */
@Component({
  selector: 'so-budget-panel',
  imports: [MatButtonModule, MatProgressBarModule, StateMessageComponent, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './budget-panel.component.html',
  styleUrl: './budget-panel.component.scss',
})
export class BudgetPanelComponent {
  private readonly forecastGql = inject(ForecastGQL);
  private readonly goalsGql = inject(GoalGridGQL);
  private readonly calendar = inject(FiscalCalendarService).calendar;
  protected readonly i18n = inject(I18nService);
  protected readonly methodKey = methodKey;

  readonly subject = input.required<ForecastSubjectKind>();
  readonly subjectId = input<string | null>(null);
  readonly period = input.required<string>();
  readonly metric = input.required<ForecastMetric>();
  readonly asOf = input.required<string>();
  /** The top teams: the company's goal is the sum of theirs. */
  readonly rootTeamIds = input<readonly string[]>([]);

  protected readonly year = computed(() => {
    const calendar = this.calendar();
    return calendar ? fiscalYearOf(this.period(), calendar) : null;
  });
  private readonly periods = computed<Period[]>(() => {
    const [year, calendar] = [this.year(), this.calendar()];
    if (!year || !calendar) return [];
    return [1, 2, 3, 4, 0]
      .map((q) => parsePeriodKey(q ? `${year}-Q${q}` : year, calendar))
      .filter((p): p is Period => p !== null);
  });

  protected readonly data = rxResource({
    params: () => {
      const periods = this.periods();
      return periods.length
        ? {
            periods,
            subject: this.subject(),
            subjectId: this.subjectId(),
            metric: this.metric(),
            asOf: this.asOf(),
          }
        : undefined;
    },
    stream: ({ params }) => {
      const limit = addDays(params.asOf, MAX_AHEAD_DAYS);
      const forecasts = params.periods.map((p): Observable<[string, Forecast | null]> =>
        p.end > params.asOf && p.end <= limit
          ? this.forecastGql
              .fetch({
                variables: {
                  subject: params.subject,
                  subjectId: params.subjectId,
                  period: p.key,
                  metric: params.metric,
                  asOf: params.asOf,
                },
              })
              .pipe(
                map((r): [string, Forecast | null] => [p.key, r.data?.forecast ?? null]),
                catchError(() => of<[string, Forecast | null]>([p.key, null])),
              )
          : of<[string, Forecast | null]>([p.key, null]),
      );
      const goals = params.periods.map((p) =>
        this.goalsGql
          .fetch({
            variables: {
              period: p.key,
              metric: params.metric,
              teamId: params.subject === 'TEAM' ? params.subjectId : null,
            },
            fetchPolicy: 'network-only',
          })
          .pipe(
            map((r): [string, string | null] => [
              p.key,
              this.goalOf(r.data?.goals ?? [], params.subject, params.subjectId),
            ]),
          ),
      );
      return forkJoin([forkJoin(forecasts), forkJoin(goals)]).pipe(
        map(([f, g]) => {
          const byKey = new Map(f);
          const history = f.map(([, fc]) => fc).find((fc) => fc !== null)?.history ?? [];
          const first = f.map(([, fc]) => fc).find((fc) => fc !== null) ?? null;
          return {
            rows: budgetRows(params.periods, params.asOf, byKey, new Map(g), history),
            currency: first?.currency ?? null,
            subjectName: first?.subject.name ?? '',
          };
        }),
      );
    },
  });
  protected readonly rows = computed(() => (this.data.hasValue() ? (this.data.value()?.rows ?? []) : []));

  protected figure(value: string | null): string {
    return formatFigure(this.i18n, value, this.metric(), this.data.value()?.currency) || '–';
  }

  protected exportCsv(): void {
    const data = this.data.value();
    if (!data) return;
    downloadCsv(
      `${this.i18n.t('forecast.budget.fileName')}-${this.year() ?? ''}.csv`,
      toCsv(budgetCsvColumns(this.i18n, data.subjectName, this.metric(), data.currency), data.rows),
    );
  }

  private goalOf(
    goals: readonly { repId: string | null; teamId: string | null; target: string }[],
    subject: ForecastSubjectKind,
    id: string | null,
  ): string | null {
    if (subject === 'REP') return goals.find((g) => g.repId === id)?.target ?? null;
    if (subject === 'TEAM') return goals.find((g) => g.teamId === id)?.target ?? null;
    const roots = goals.filter((g) => g.teamId && this.rootTeamIds().includes(g.teamId));
    if (roots.length === 0) return null;
    return minorToDecimal(roots.reduce((sum, g) => sum + (parseAmountToMinor(g.target) ?? 0n), 0n));
  }
}
