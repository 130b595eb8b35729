import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { parsePeriodKey, periodContaining } from '@salesops/domain';
import {
  dealsLinkParams,
  FiscalCalendarService,
  keptWhileLoading,
  PerformanceTrendGQL,
  shownErrors,
  type TrendGrain,
} from '@salesops/portal/data-access';
import {
  I18nService,
  LocalMoneyPipe,
  LocalNumberPipe,
  LocalPercentPipe,
  TranslatePipe,
  type TranslationKey,
} from '@salesops/portal/i18n';
import { StateMessageComponent } from '@salesops/portal/ui';
import { map } from 'rxjs';

import { TREND_BOX, TREND_BOX_COMPACT, trendGeometry } from './trend-chart';
import {
  chartValues,
  pointDeals,
  tickOf,
  TREND_METRICS,
  type TrendMetric,
  type TrendPoint,
  type TrendSubject,
} from './trend-model';

/**
 * A rep's, team's or the company's fiscal year month by month (or week by week): one metric as bars with
 * each month's goal (or 100% attainment) marked, the months of the chosen period highlighted, and the
 * figures underneath, each linking to the deals behind it.
 */
@Component({
  selector: 'so-trend-panel',
  imports: [
    MatButtonToggleModule,
    MatProgressBarModule,
    RouterLink,
    StateMessageComponent,
    LocalMoneyPipe,
    LocalNumberPipe,
    LocalPercentPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './trend-panel.component.html',
  styleUrl: './trend-panel.component.scss',
})
export class TrendPanelComponent {
  private readonly gql = inject(PerformanceTrendGQL);
  private readonly i18n = inject(I18nService);
  private readonly calendar = inject(FiscalCalendarService).calendar;

  /** Null: nothing to draw (the caller says why beside it). */
  readonly subject = input.required<TrendSubject | null>();
  /** Any period key: the trend shows its fiscal year and highlights its months. */
  readonly period = input.required<string | null>();

  protected readonly metrics = TREND_METRICS;
  protected readonly metric = signal<TrendMetric>('WON_REVENUE');
  protected readonly grain = signal<TrendGrain>('MONTH');

  private readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 599px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  /** The selected period and the fiscal year it lies in. */
  private readonly span = computed(() => {
    const key = this.period();
    const calendar = this.calendar();
    if (!key || !calendar) return null;
    const selected = parsePeriodKey(key, calendar);
    if (!selected) return null;
    return { selected, year: periodContaining(selected.start, 'YEAR', calendar).key };
  });

  protected readonly yearKey = computed(() => this.span()?.year ?? '');

  protected readonly trend = rxResource({
    params: () => {
      const subject = this.subject();
      const span = this.span();
      if (!subject || !span) return undefined;
      return {
        period: span.year,
        grain: this.grain(),
        repId: subject.kind === 'rep' ? subject.repId : null,
        teamId: subject.kind === 'team' ? subject.teamId : null,
      };
    },
    stream: ({ params }) =>
      this.gql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.performanceTrend)),
  });
  protected readonly shown = keptWhileLoading(this.trend);
  protected readonly error = computed(() =>
    this.trend.error() ? shownErrors(this.trend.error(), this.i18n).banner : [],
  );

  private readonly values = computed(() => {
    const trend = this.shown();
    return trend ? chartValues(trend.points, this.metric(), trend.periodTarget ?? null) : [];
  });

  protected readonly anyGoal = computed(() =>
    (this.shown()?.points ?? []).some((point) => point.wonRevenueTarget !== null),
  );

  protected readonly geometry = computed(() => {
    const points = this.shown()?.points ?? [];
    const values = this.values();
    return trendGeometry(
      points.map((point, i) => ({
        label: point.period.key,
        tick: tickOf(point.period.key, this.i18n.locale()),
        ...values[i],
      })),
      this.narrow() ? TREND_BOX_COMPACT : TREND_BOX,
    );
  });

  /** Points inside the selected period (a week counts when it starts in it). */
  protected inSelected(point: TrendPoint): boolean {
    const selected = this.span()?.selected;
    return (
      !!selected &&
      selected.type !== 'YEAR' &&
      point.period.start < selected.end &&
      point.period.end > selected.start
    );
  }

  protected metricLabel(metric: TrendMetric): TranslationKey {
    return `trend.metric.${metric}`;
  }

  protected axis(value: number): string {
    const metric = this.metric();
    if (metric === 'ATTAINMENT' || metric === 'WIN_RATE') return this.i18n.formatPercent(value);
    const currency = this.shown()?.points[0]?.wonRevenue.currency ?? 'USD';
    return new Intl.NumberFormat(this.i18n.locale(), {
      notation: 'compact',
      maximumFractionDigits: 1,
      style: 'currency',
      currency,
    }).format(value);
  }

  protected barText(index: number): string {
    const point = this.shown()?.points[index];
    const values = this.values()[index];
    if (!point || !values) return '';
    const { value, ref } = values;
    const shown = value === null ? '—' : this.axisExact(value);
    return ref === null
      ? `${point.period.key}: ${shown}`
      : `${point.period.key}: ${shown} / ${this.axisExact(ref)}`;
  }

  private axisExact(value: number): string {
    const metric = this.metric();
    if (metric === 'ATTAINMENT' || metric === 'WIN_RATE') return this.i18n.formatPercent(value);
    return this.i18n.formatMoney(
      value.toFixed(2),
      this.shown()?.points[0]?.wonRevenue.currency ?? 'USD',
      true,
    );
  }

  protected deals(point: TrendPoint, figure: 'won' | 'lost' | 'new' | 'open'): Record<string, string> | null {
    const subject = this.subject();
    const filter = subject ? pointDeals(subject, point, figure) : null;
    return filter ? dealsLinkParams(filter) : null;
  }
}
