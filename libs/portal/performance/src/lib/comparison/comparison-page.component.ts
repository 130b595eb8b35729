import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  resource,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, Router } from '@angular/router';
import { addDays } from '@salesops/domain';
import {
  keptWhileLoading,
  loadTeamOptions,
  RepComparisonGQL,
  shownErrors,
  TeamOptionsGQL,
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
import {
  downloadCsv,
  ErrorBannerComponent,
  PageHeaderComponent,
  StateMessageComponent,
  toCsv,
} from '@salesops/portal/ui';
import { map } from 'rxjs';

import { AttainmentBandPipe } from '../dashboard/attainment-band.pipe';
import { PERIOD_EXAMPLES, periodTypeOf } from '../period-picker/period-key';
import { PeriodPickerComponent } from '../period-picker/period-picker.component';
import { comparisonCsvColumns } from './comparison-csv';
import { stepText, weakestStepReason } from './comparison-labels';
import {
  COMPARISON_KPI_LABELS,
  COMPARISON_KPIS,
  type ComparisonKpi,
  type ComparisonRow,
  hasSignals,
  isComparisonKpi,
  MAX_COMPARED,
  MIN_COMPARED,
  parseRepIds,
  type RankedRow,
  rankRows,
  summarizeComparison,
  type TeamFairness,
  teamLeadShares,
  teamMedians,
  toggleSelection,
} from './comparison-model';
import { ComparisonSummaryComponent } from './comparison-summary.component';
import { RepCompareCardComponent } from './rep-compare-card.component';
import { RepSignalsComponent } from './rep-signals.component';
import { TeamFairnessCardComponent } from './team-fairness-card.component';

const COLUMNS = [
  'select',
  'rank',
  'rep',
  'signals',
  'wonRevenue',
  'attainment',
  'winRate',
  'leads',
  'qualification',
  'close',
  'stuck',
  'weakest',
];

/**
 * Reps side by side for ops: a ranked table with each rep's outliers and red flags against their
 * team (explained in words on expand, not only on hover), 2-4 reps picked for funnel cards against
 * the team medians, and how evenly each team's leads were shared, so nobody is blamed for lead luck.
 * The period, team, ranking and picked reps live in the query string, so a comparison can be shared.
 */
@Component({
  selector: 'so-comparison-page',
  imports: [
    AttainmentBandPipe,
    PeriodPickerComponent,
    ComparisonSummaryComponent,
    RepCompareCardComponent,
    RepSignalsComponent,
    TeamFairnessCardComponent,
    MatButtonModule,
    MatButtonToggleModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    MatTooltipModule,
    ErrorBannerComponent,
    PageHeaderComponent,
    StateMessageComponent,
    LocalDatePipe,
    LocalMoneyPipe,
    LocalNumberPipe,
    LocalPercentPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './comparison-page.component.html',
  styleUrl: './comparison-page.component.scss',
})
export class ComparisonPageComponent {
  private readonly comparisonGql = inject(RepComparisonGQL);
  private readonly teamOptionsGql = inject(TeamOptionsGQL);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly kpis = COMPARISON_KPIS;
  protected readonly maxCompared = MAX_COMPARED;
  protected readonly minCompared = MIN_COMPARED;

  private readonly query = this.route.snapshot.queryParamMap;
  protected readonly periodKey = signal<string | null>(
    periodTypeOf(this.query.get('period') ?? '')
      ? (this.query.get('period') as string).trim()
      : PERIOD_EXAMPLES.YEAR,
  );
  protected readonly teamFilter = signal<string | null>(this.query.get('team') || null);
  protected readonly rankBy = signal<ComparisonKpi>(
    isComparisonKpi(this.query.get('rank')) ? (this.query.get('rank') as ComparisonKpi) : 'WON_REVENUE',
  );
  protected readonly worstFirst = signal(this.query.get('order') === 'worst');
  protected readonly onlySignals = signal(false);
  /** Picked rep ids in picking order; reps outside the current scope stay picked but are not shown. */
  protected readonly selected = signal<string[]>(parseRepIds(this.query.get('reps')));
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());

  protected readonly teamOptions = resource({ loader: () => loadTeamOptions(this.teamOptionsGql) });
  protected readonly teams = computed(() => (this.teamOptions.hasValue() ? this.teamOptions.value() : []));

  // Every rep in scope, never `repIds`: the team medians need the whole team.
  protected readonly comparison = rxResource({
    params: () => {
      const period = this.periodKey();
      return period ? { period, teamId: this.teamFilter() } : undefined;
    },
    stream: ({ params }) =>
      this.comparisonGql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.repComparison)),
  });

  // Keep the last answer on screen while the next one loads, so the page does not flicker.
  protected readonly shown = keptWhileLoading(this.comparison);
  protected readonly rows = computed(() => this.shown()?.rows ?? []);
  protected readonly ranked = computed(() => rankRows(this.rows(), this.rankBy(), this.worstFirst()));
  protected readonly tableRows = computed(() =>
    this.onlySignals() ? this.ranked().filter((item) => hasSignals(item.row)) : this.ranked(),
  );
  protected readonly rankOf = computed(
    () => new Map(this.ranked().map((item) => [item.row.performance.repId, item.rank])),
  );
  /** Attainment needs a goal; without any goal in the period the column would be all dashes. */
  protected readonly anyGoal = computed(() => this.rows().some((row) => row.performance.attainment !== null));
  protected readonly columns = computed(() =>
    this.anyGoal() ? COLUMNS : COLUMNS.filter((column) => column !== 'attainment'),
  );
  protected readonly summary = computed(() => summarizeComparison(this.rows()));
  protected readonly medians = computed(() => teamMedians(this.rows()));
  protected readonly fairness = computed(() => this.shown()?.fairness ?? []);
  private readonly fairnessByTeam = computed(
    () => new Map(this.fairness().map((team) => [team.teamId, team])),
  );
  protected readonly leadShares = computed(
    () => new Map(this.fairness().map((team) => [team.teamId, teamLeadShares(this.rows(), team.teamId)])),
  );
  protected readonly selectedRows = computed(() => {
    const byId = new Map(this.rows().map((row) => [row.performance.repId, row]));
    return this.selected()
      .map((id) => byId.get(id))
      .filter((row): row is ComparisonRow => row !== undefined);
  });
  protected readonly selectedIds = computed(() => new Set(this.selected()));
  protected readonly lastDay = computed(() => {
    const period = this.shown()?.period;
    return period ? addDays(period.end, -1) : null;
  });
  protected readonly banner = computed(() =>
    this.comparison.error() ? shownErrors(this.comparison.error(), this.i18n).banner : [],
  );
  protected readonly firstLoad = computed(() => this.comparison.isLoading() && !this.shown());

  protected readonly trackRow = (_: number, item: RankedRow) => item.row.performance.repId;

  constructor() {
    // The state in the address bar, so a comparison can be bookmarked or sent on.
    effect(() => {
      const queryParams = {
        period: this.periodKey() ?? undefined,
        team: this.teamFilter() ?? undefined,
        rank: this.rankBy() === 'WON_REVENUE' ? undefined : this.rankBy(),
        order: this.worstFirst() ? 'worst' : undefined,
        reps: this.selected().length ? this.selected().join(',') : undefined,
      };
      void this.router.navigate([], { relativeTo: this.route, queryParams, replaceUrl: true });
    });
  }

  protected kpiLabel(kpi: ComparisonKpi): TranslationKey {
    return COMPARISON_KPI_LABELS[kpi];
  }

  protected stepLabel(step: string | null): string {
    return stepText(this.i18n, step);
  }

  protected weakestReason(row: ComparisonRow): string {
    return weakestStepReason(this.i18n, row.funnel);
  }

  protected teamFairness(teamId: string): TeamFairness | undefined {
    return this.fairnessByTeam().get(teamId);
  }

  /** "#3 by Won revenue" for the side-by-side card; empty for a rep without a value to rank by. */
  protected rankText(repId: string): string {
    const rank = this.rankOf().get(repId);
    if (rank === null || rank === undefined) return '';
    return this.i18n.t('cmp.rankBy', { rank, kpi: this.i18n.t(COMPARISON_KPI_LABELS[this.rankBy()]) });
  }

  protected isExpanded(repId: string): boolean {
    return this.expanded().has(repId);
  }

  protected toggleExpanded(repId: string): void {
    this.expanded.update((open) => {
      const next = new Set(open);
      if (!next.delete(repId)) next.add(repId);
      return next;
    });
  }

  protected toggleSelected(repId: string): void {
    this.selected.update((ids) => toggleSelection(ids, repId));
  }

  protected canSelectMore(repId: string): boolean {
    return this.selectedIds().has(repId) || this.selected().length < MAX_COMPARED;
  }

  protected clearSelection(): void {
    this.selected.set([]);
  }

  protected exportCsv(): void {
    const comparison = this.shown();
    if (!comparison) return;
    const csv = toCsv(comparisonCsvColumns(this.i18n), this.tableRows());
    downloadCsv(`${this.i18n.t('cmp.fileName')}-${comparison.period.key}.csv`, csv);
  }
}
