import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import {
  DealsGQL,
  dealsLinkParams,
  errorCodeOf,
  GoalGridGQL,
  type GoalMetric,
  keptWhileLoading,
  lastDayOf,
  RepComparisonGQL,
  RepGQL,
  shownErrors,
} from '@salesops/portal/data-access';
import {
  I18nService,
  LocalDatePipe,
  LocalMoneyPipe,
  LocalNumberPipe,
  LocalPercentPipe,
  TranslatePipe,
  type TranslationKey,
} from '@salesops/portal/i18n';
import { ErrorBannerComponent, PageHeaderComponent, StateMessageComponent } from '@salesops/portal/ui';
import { map } from 'rxjs';

import { teamMedians } from '../comparison/comparison-model';
import { RepCompareCardComponent } from '../comparison/rep-compare-card.component';
import { attainmentBand } from '../dashboard/attainment-bar';
import { isMoneyMetric } from '../goals/goal-target';
import { PERIOD_EXAMPLES, periodTypeOf } from '../period-picker/period-key';
import { PeriodPickerComponent } from '../period-picker/period-picker.component';
import { TrendPanelComponent } from '../trend/trend-panel.component';

const RECENT_DEALS = 10;

/**
 * One rep, for the manager before a one-on-one: their goals of the period, the year's trend, the funnel
 * against the team with outliers, flags and what they rest on, and their recent deals, every count linking
 * to its deals. The period lives in the address (`/reps/:repId?period=FY2017-Q2`).
 */
@Component({
  selector: 'so-rep-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    ErrorBannerComponent,
    PageHeaderComponent,
    StateMessageComponent,
    PeriodPickerComponent,
    RepCompareCardComponent,
    TrendPanelComponent,
    LocalDatePipe,
    LocalMoneyPipe,
    LocalNumberPipe,
    LocalPercentPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rep-page.component.html',
  styleUrl: './rep-page.component.scss',
})
export class RepPageComponent {
  private readonly repGql = inject(RepGQL);
  private readonly goalsGql = inject(GoalGridGQL);
  private readonly comparisonGql = inject(RepComparisonGQL);
  private readonly dealsGql = inject(DealsGQL);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  /** From the route (component input binding). */
  readonly repId = input.required<string>();
  /** `?period=`: any period key; the demo's year when absent or not one. */
  readonly period = input<string | undefined>(undefined);

  protected readonly chosenPeriod = signal<string | null>(PERIOD_EXAMPLES.YEAR);

  protected readonly rep = rxResource({
    params: () => ({ id: this.repId() }),
    stream: ({ params }) =>
      this.repGql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.rep ?? null)),
  });

  private readonly periodKey = computed(() => {
    const key = this.chosenPeriod();
    return key && periodTypeOf(key) ? key : null;
  });

  protected readonly goals = rxResource({
    params: () => {
      const period = this.periodKey();
      const teamId = this.rep.hasValue() ? this.rep.value()?.teamId : undefined;
      return period && teamId ? { period, teamId, metric: null } : undefined;
    },
    stream: ({ params }) =>
      this.goalsGql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((r) => (r.data?.goals ?? []).filter((goal) => goal.repId === this.repId()))),
  });

  protected readonly comparison = rxResource({
    params: () => {
      const period = this.periodKey();
      const teamId = this.rep.hasValue() ? this.rep.value()?.teamId : undefined;
      return period && teamId ? { period, teamId } : undefined;
    },
    stream: ({ params }) =>
      this.comparisonGql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.repComparison)),
  });
  private readonly shownComparison = keptWhileLoading(this.comparison);
  protected readonly comparedPeriod = computed(() => this.shownComparison()?.period ?? null);
  protected readonly row = computed(() =>
    this.shownComparison()?.rows.find((row) => row.performance.repId === this.repId()),
  );
  protected readonly medians = computed(() => {
    const rows = this.shownComparison()?.rows ?? [];
    const row = this.row();
    return row ? teamMedians(rows).get(row.performance.teamId) : undefined;
  });
  protected readonly fairness = computed(() =>
    this.shownComparison()?.fairness.find((team) => team.teamId === this.row()?.performance.teamId),
  );
  protected readonly rankText = computed(() => {
    const row = this.row();
    const reps = this.shownComparison()?.rows.length ?? 0;
    return row ? this.i18n.t('rep.rank', { rank: row.performance.rank, reps }) : '';
  });

  protected readonly recentDeals = rxResource({
    params: () => {
      const period = this.comparedPeriod();
      return period ? { repId: this.repId(), period } : undefined;
    },
    stream: ({ params }) =>
      this.dealsGql
        .fetch({
          variables: {
            first: RECENT_DEALS,
            after: null,
            filter: {
              repId: params.repId,
              closedFrom: params.period.start,
              closedTo: lastDayOf(params.period.end),
            },
            sort: { field: 'CLOSE_DATE', direction: 'DESC' },
          },
          fetchPolicy: 'network-only',
        })
        .pipe(map((r) => r.data?.deals)),
  });

  protected readonly links = computed(() => {
    const period = this.comparedPeriod();
    const repId = this.repId();
    return {
      all: dealsLinkParams({ repId }),
      open: dealsLinkParams({ repId, stageKind: 'OPEN' }),
      closed: period
        ? dealsLinkParams({ repId, closedFrom: period.start, closedTo: lastDayOf(period.end) })
        : null,
    };
  });

  /** A rep who does not exist or is out of the caller's reach (the API says NOT_FOUND for both). */
  protected readonly notFound = computed(
    () => !!this.rep.error() && errorCodeOf(this.rep.error()) === 'NOT_FOUND',
  );
  protected readonly banner = computed(() =>
    this.notFound()
      ? []
      : [this.rep, this.goals, this.comparison, this.recentDeals].flatMap((resource) =>
          resource.error() ? shownErrors(resource.error(), this.i18n).banner : [],
        ),
  );

  constructor() {
    // The address gives the period; the page keeps it there as it changes, for a link to share.
    effect(() => {
      const param = this.period();
      if (param && periodTypeOf(param)) this.chosenPeriod.set(param);
    });
    effect(() => {
      const period = this.periodKey();
      if (period && period !== this.period()) {
        void this.router.navigate([], {
          queryParams: { period },
          replaceUrl: true,
          queryParamsHandling: 'merge',
        });
      }
    });
  }

  protected lastDay(end: string): string {
    return lastDayOf(end);
  }

  protected band(attainment: number | null): string {
    return attainmentBand(attainment);
  }

  /** A goal's target or actual as the goals screen shows it: money in whole units, deals as a count. */
  protected goalFigure(metric: GoalMetric, value: string, currency: string | null): string {
    return isMoneyMetric(metric)
      ? this.i18n.formatMoney(value, currency ?? 'USD', true)
      : this.i18n.formatNumber(Number(value));
  }

  protected metricLabel(metric: string): TranslationKey {
    return `goals.metric.${metric}` as TranslationKey;
  }

  protected retry(): void {
    this.rep.reload();
    this.goals.reload();
    this.comparison.reload();
    this.recentDeals.reload();
  }
}
