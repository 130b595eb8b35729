import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { addDays } from '@salesops/domain';
import {
  dealsLinkParams,
  keptWhileLoading,
  LeaderboardGQL,
  loadTeamOptions,
  type PerformanceKpi,
  SessionStore,
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

import { PERIOD_EXAMPLES } from '../period-picker/period-key';
import { PeriodPickerComponent } from '../period-picker/period-picker.component';
import { leaderboardCsvColumns } from './leaderboard-csv';
import { barPercent, summarize } from './leaderboard-summary';

const KPIS: readonly PerformanceKpi[] = [
  'WON_REVENUE',
  'DEALS_WON',
  'WIN_RATE',
  'AVG_DEAL_SIZE',
  'SALES_CYCLE_DAYS',
  'OPEN_PIPELINE',
  'WEIGHTED_PIPELINE',
  'ATTAINMENT',
];
// The API's limit; the whole org fits, so the KPI cards and the export see every rep.
const MAX_ROWS = 500;

/** Reps ranked by a KPI for a fiscal period; a rep sees only their own row (the API scopes it). */
@Component({
  selector: 'so-leaderboard-page',
  imports: [
    PeriodPickerComponent,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    RouterLink,
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
  templateUrl: './leaderboard-page.component.html',
  styleUrl: './leaderboard-page.component.scss',
})
export class LeaderboardPageComponent {
  private readonly leaderboardGql = inject(LeaderboardGQL);
  private readonly teamOptionsGql = inject(TeamOptionsGQL);
  private readonly i18n = inject(I18nService);

  private readonly session = inject(SessionStore);

  protected readonly isRep = computed(() => this.session.role() === 'REP');
  protected readonly kpis = KPIS;
  protected readonly periodKey = signal<string | null>(PERIOD_EXAMPLES.YEAR);
  protected readonly rankBy = signal<PerformanceKpi>('WON_REVENUE');
  protected readonly teamFilter = signal<string | null>(null);
  protected readonly columns = [
    'rank',
    'rep',
    'wonRevenue',
    'dealsWon',
    'dealsLost',
    'winRate',
    'avgDeal',
    'cycle',
    'openDeals',
    'openPipeline',
    'weighted',
  ];

  protected readonly teamOptions = resource({
    params: () => (this.isRep() ? undefined : true),
    loader: () => loadTeamOptions(this.teamOptionsGql),
  });
  protected readonly teams = computed(() => (this.teamOptions.hasValue() ? this.teamOptions.value() : []));

  protected readonly board = rxResource({
    params: () => {
      const period = this.periodKey();
      return period
        ? { period, rankBy: this.rankBy(), teamId: this.teamFilter(), first: MAX_ROWS }
        : undefined;
    },
    stream: ({ params }) =>
      this.leaderboardGql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.leaderboard)),
  });

  // Keep the last answer on screen while the next period loads, so the table does not flicker.
  protected readonly shown = keptWhileLoading(this.board);
  protected readonly rows = computed(() => this.shown()?.rows ?? []);
  protected readonly summary = computed(() => summarize(this.rows()));
  protected readonly lastDay = computed(() => {
    const period = this.shown()?.period;
    return period ? addDays(period.end, -1) : null;
  });
  /**
   * The deals behind a row's count, as the board counts them: closed in the period (with a team chosen, only
   * on the days the rep was in it: membership on the close date), open deals as of now.
   */
  protected cellDeals(repId: string, figure: 'WON' | 'LOST' | 'OPEN'): Record<string, string> {
    const period = this.shown()?.period;
    if (figure === 'OPEN' || !period) return dealsLinkParams({ repId, stageKind: 'OPEN' });
    const team = this.teamFilter();
    return dealsLinkParams({
      repId,
      ...(team ? { teamId: team, teamMembership: 'ON_CLOSE_DATE' as const } : {}),
      stageKind: figure,
      closedFrom: period.start,
      closedTo: addDays(period.end, -1),
    });
  }

  protected readonly banner = computed(() =>
    this.board.error() ? shownErrors(this.board.error(), this.i18n).banner : [],
  );

  protected kpiLabel(kpi: PerformanceKpi): TranslationKey {
    return `kpi.${kpi}`;
  }

  protected bar(minor: string): number {
    return barPercent(minor, this.rows());
  }

  protected exportCsv(): void {
    const board = this.shown();
    if (!board) return;
    const csv = toCsv(leaderboardCsvColumns(this.i18n), board.rows);
    downloadCsv(`${this.i18n.t('perf.fileName')}-${board.period.key}.csv`, csv);
  }
}
