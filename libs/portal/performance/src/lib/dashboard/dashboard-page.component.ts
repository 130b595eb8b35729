import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  linkedSignal,
  PendingTasks,
  signal,
  untracked,
} from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { addDays } from '@salesops/domain';
import {
  DashboardFunnelGQL,
  DashboardTeamRepsGQL,
  DashboardTeamsGQL,
  type DashboardTeamsQuery,
  SessionStore,
  shownErrors,
} from '@salesops/portal/data-access';
import {
  I18nService,
  LocalDatePipe,
  LocalMoneyPipe,
  LocalNumberPipe,
  LocalPercentPipe,
  TranslatePipe,
} from '@salesops/portal/i18n';
import {
  downloadCsv,
  ErrorBannerComponent,
  PageHeaderComponent,
  StateMessageComponent,
  toCsv,
} from '@salesops/portal/ui';
import { firstValueFrom, map } from 'rxjs';
import { PERIOD_EXAMPLES, periodTypeOf } from '../period-picker/period-key';
import { PeriodPickerComponent } from '../period-picker/period-picker.component';
import { dashboardCsvColumns } from './dashboard-csv';
import {
  allNodes,
  attainmentBand,
  attainmentWidth,
  buildTeamTree,
  type RepRow,
  type RepsState,
  type ScopeSummary,
  type StageConversion,
  summarizeAll,
  summarizeOne,
  type TeamRow,
  treeCsvRows,
  type TreeRow,
  visibleRows,
} from './dashboard-model';
import { DashboardKpiCardsComponent } from './dashboard-kpi-cards.component';
import { StageFunnelChartComponent } from './stage-funnel-chart.component';

// The API's limit; a team's reps always fit.
const MAX_REPS = 500;
// Marks the page's own URL updates, so they are not read back as links to follow.
const URL_SYNC = 'dashboardUrlSync';

/** What the cards and the funnel are about: everything the caller sees, one team, or one rep. */
type Selection =
  | { readonly kind: 'team'; readonly teamId: string }
  | { readonly kind: 'rep'; readonly repId: string; readonly teamId: string };

interface Scope {
  readonly name: string | null;
  readonly kind: 'all' | 'team' | 'rep';
  /** For a rep: the team they are listed under. */
  readonly teamName: string | null;
  readonly summary: ScopeSummary;
  readonly teamId: string | null;
  readonly repId: string | null;
}

type Shown = DashboardTeamsQuery;

/**
 * The start page of admins and managers: for a fiscal period, KPI cards for the chosen scope, the
 * team tree down to reps (reps load when their team is expanded) with attainment bars, and the
 * stage-to-stage funnel. The period and the selected team live in the URL (`?period=FY2017-Q3&team=`).
 */
@Component({
  selector: 'so-dashboard-page',
  imports: [
    PeriodPickerComponent,
    StageFunnelChartComponent,
    DashboardKpiCardsComponent,
    MatButtonModule,
    MatProgressBarModule,
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
  templateUrl: './dashboard-page.component.html',
  styleUrl: './dashboard-page.component.scss',
})
export class DashboardPageComponent {
  private readonly teamsGql = inject(DashboardTeamsGQL);
  private readonly repsGql = inject(DashboardTeamRepsGQL);
  private readonly funnelGql = inject(DashboardFunnelGQL);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  private readonly session = inject(SessionStore);
  private readonly pendingTasks = inject(PendingTasks);

  protected readonly columns = [
    'name',
    'reps',
    'wonRevenue',
    'attainment',
    'winRate',
    'openPipeline',
    'coverage',
  ];
  protected readonly statusColumns = ['status'];
  protected readonly hasFigures = (_: number, row: TreeRow) => row.kind !== 'status';
  protected readonly isStatus = (_: number, row: TreeRow) => row.kind === 'status';
  protected readonly isAdmin = computed(() => this.session.role() === 'ADMIN');

  private readonly query = this.route.snapshot.queryParamMap;
  protected readonly periodKey = signal<string | null>(
    validPeriod(this.query.get('period')) ?? PERIOD_EXAMPLES.YEAR,
  );
  protected readonly selection = signal<Selection | null>(
    this.query.get('team') ? { kind: 'team', teamId: this.query.get('team') as string } : null,
  );
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  private expandTouched = false;

  // -- the teams of the period --------------------------------------------------------------

  protected readonly teams = rxResource({
    params: () => {
      const period = this.periodKey();
      return period ? { period } : undefined;
    },
    stream: ({ params }) =>
      this.teamsGql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data)),
  });

  // Keep the last answer on screen while the next period loads, so the page does not flicker.
  protected readonly shown = linkedSignal<Shown | undefined, Shown | undefined>({
    source: () => (this.teams.hasValue() ? this.teams.value() : undefined),
    computation: (next, previous) => next ?? (this.teams.isLoading() ? previous?.value : undefined),
  });
  private readonly shownPeriod = computed(() => this.shown()?.period.key ?? null);
  protected readonly lastDay = computed(() => {
    const period = this.shown()?.period;
    return period ? addDays(period.end, -1) : null;
  });
  protected readonly tree = computed(() => buildTeamTree(this.shown()?.teamPerformance ?? []));
  private readonly teamsById = computed(
    () => new Map((this.shown()?.teamPerformance ?? []).map((team) => [team.teamId, team] as const)),
  );

  // -- the reps of expanded teams, per period ----------------------------------------------

  private readonly reps = signal<ReadonlyMap<string, RepsState>>(new Map());
  private destroyed = false;
  private readonly repsOf = (teamId: string): RepsState | undefined => {
    const period = this.shownPeriod();
    return period ? this.reps().get(repsKey(period, teamId)) : undefined;
  };

  protected readonly rows = computed<TreeRow[]>(() => visibleRows(this.tree(), this.expanded(), this.repsOf));

  // -- the selected scope ------------------------------------------------------------------

  protected readonly scope = computed<Scope>(() => {
    const selection = this.selection();
    const team = selection ? this.teamsById().get(selection.teamId) : undefined;
    if (selection?.kind === 'rep' && team) {
      const rep = this.repsOf(team.teamId)?.rows.find((row) => row.repId === selection.repId);
      if (rep) return repScope(rep, team);
    }
    if (team) {
      return {
        kind: 'team',
        name: team.name,
        teamName: null,
        summary: summarizeOne(team),
        teamId: team.teamId,
        repId: null,
      };
    }
    const roots = this.tree().map((node) => node.team);
    return {
      kind: 'all',
      name: null,
      teamName: null,
      summary: summarizeAll(roots),
      teamId: null,
      repId: null,
    };
  });
  protected readonly summary = computed(() => this.scope().summary);

  // -- the funnel of the scope ---------------------------------------------------------------

  private readonly funnelParams = computed(
    (): { period: string; teamId: string | null; repId: string | null } | undefined => {
      const period = this.periodKey();
      if (!period) return undefined;
      const selection = this.selection();
      // Until the teams are in, trust the selection (from the URL); after, only what the tree holds.
      const known = !this.shown() || (selection && this.teamsById().has(selection.teamId));
      if (!selection || !known) return { period, teamId: null, repId: null };
      return selection.kind === 'rep' && this.scope().kind === 'rep'
        ? { period, teamId: null, repId: selection.repId }
        : { period, teamId: selection.teamId, repId: null };
    },
    // A new object with the same values must not fetch the funnel again.
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );
  protected readonly funnel = rxResource({
    params: () => this.funnelParams(),
    stream: ({ params }) =>
      this.funnelGql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.stageConversion)),
  });
  protected readonly shownFunnel = linkedSignal<StageConversion | undefined, StageConversion | undefined>({
    source: () => (this.funnel.hasValue() ? this.funnel.value() : undefined),
    computation: (next, previous) => next ?? (this.funnel.isLoading() ? previous?.value : undefined),
  });

  // -- errors and the export -----------------------------------------------------------------

  protected readonly exporting = signal(false);
  private readonly exportError = signal<string | null>(null);
  protected readonly banner = computed(() => {
    const error = this.teams.error();
    const messages = error ? shownErrors(error, this.i18n).banner : [];
    const exportError = this.exportError();
    return exportError ? [...messages, exportError] : messages;
  });
  protected readonly funnelError = computed(() =>
    this.funnel.error() ? shownErrors(this.funnel.error(), this.i18n).banner : [],
  );

  constructor() {
    this.destroyRef.onDestroy(() => (this.destroyed = true));
    // The URL follows the period and the selected team, so a view can be bookmarked and shared.
    effect(() => {
      const period = this.periodKey();
      if (!period) return;
      const selection = this.selection();
      void this.router.navigate([], {
        relativeTo: this.route,
        queryParams: { period, team: selection?.teamId },
        replaceUrl: true,
        state: { [URL_SYNC]: true },
      });
    });
    // ...and a link to /dashboard?period=... while the page is open moves it there.
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      if (this.router.currentNavigation()?.extras.state?.[URL_SYNC]) return;
      const period = validPeriod(params.get('period'));
      if (period && period !== untracked(this.periodKey)) this.periodKey.set(period);
      const team = params.get('team');
      if (team && untracked(this.selection)?.teamId !== team)
        this.selection.set({ kind: 'team', teamId: team });
    });
    // A team from an old link that the caller cannot see (any more) is dropped, and so leaves the URL.
    effect(() => {
      const selection = this.selection();
      if (selection && this.shown() && !this.teams.isLoading() && !this.teamsById().has(selection.teamId)) {
        this.selection.set(null);
      }
    });
    // A manager with a single team sees its reps straight away.
    effect(() => {
      const roots = this.tree();
      if (!this.expandTouched && roots.length === 1) {
        const id = roots[0].team.teamId;
        if (!untracked(this.expanded).has(id)) this.expanded.set(new Set([id]));
      }
    });
    // Load the reps of every expanded team for the shown period (again after a period change).
    effect(() => {
      const period = this.shownPeriod();
      const known = this.teamsById();
      if (!period) return;
      for (const teamId of this.expanded()) {
        if (known.has(teamId) && !untracked(this.reps).has(repsKey(period, teamId))) {
          void this.loadReps(period, teamId);
        }
      }
    });
  }

  protected toggle(teamId: string, event?: Event): void {
    event?.stopPropagation();
    this.expandTouched = true;
    this.expanded.update((ids) => {
      const next = new Set(ids);
      if (!next.delete(teamId)) next.add(teamId);
      return next;
    });
  }

  protected selectTeam(teamId: string): void {
    const current = this.selection();
    this.selection.set(
      current?.kind === 'team' && current.teamId === teamId ? null : { kind: 'team', teamId },
    );
  }

  protected selectRep(row: Extract<TreeRow, { kind: 'rep' }>): void {
    const current = this.selection();
    const same = current?.kind === 'rep' && current.repId === row.rep.repId && current.teamId === row.teamId;
    this.selection.set(
      same ? { kind: 'team', teamId: row.teamId } : { kind: 'rep', repId: row.rep.repId, teamId: row.teamId },
    );
  }

  protected clearSelection(): void {
    this.selection.set(null);
  }

  protected isSelected(row: TreeRow): boolean {
    const selection = this.selection();
    if (!selection) return false;
    if (row.kind === 'team') return selection.kind === 'team' && selection.teamId === row.node.team.teamId;
    if (row.kind === 'rep') {
      return selection.kind === 'rep' && selection.repId === row.rep.repId && selection.teamId === row.teamId;
    }
    return false;
  }

  protected retryReps(teamId: string): void {
    const period = this.shownPeriod();
    if (period) void this.loadReps(period, teamId);
  }

  protected goToTeams(): void {
    void this.router.navigate(['/teams']);
  }

  protected retryTeams(): void {
    this.exportError.set(null);
    this.teams.reload();
  }

  protected band(attainment: number | null): string {
    return attainmentBand(attainment);
  }

  protected width(attainment: number | null): number {
    return attainmentWidth(attainment);
  }

  /** A multiple to one decimal: `2.4`. */
  protected coverage(value: number | null): number | null {
    return value === null ? null : Math.round(value * 10) / 10;
  }

  protected teamRow(row: TreeRow): TeamRow | null {
    return row.kind === 'team' ? row.node.team : null;
  }

  protected figures(row: TreeRow): TeamRow | RepRow | null {
    return row.kind === 'team' ? row.node.team : row.kind === 'rep' ? row.rep : null;
  }

  protected readonly trackRow = (_: number, row: TreeRow) => row.key;

  /** The whole tree, every team's reps included (loading those not expanded yet). */
  protected async exportCsv(): Promise<void> {
    const shown = this.shown();
    if (!shown || this.exporting()) return;
    const period = shown.period.key;
    const roots = this.tree();
    this.exporting.set(true);
    this.exportError.set(null);
    try {
      const ids = allNodes(roots).map((node) => node.team.teamId);
      const states = await Promise.all(
        ids.map((id) => {
          const state = this.reps().get(repsKey(period, id));
          return state?.status === 'done' ? state : this.loadReps(period, id);
        }),
      );
      if (states.some((state) => state.status !== 'done')) {
        this.exportError.set(this.i18n.t('dash.exportFailed'));
        return;
      }
      const rows = treeCsvRows(roots, (teamId) => this.reps().get(repsKey(period, teamId))?.rows);
      downloadCsv(
        `${this.i18n.t('dash.fileName')}-${period}.csv`,
        toCsv(dashboardCsvColumns(this.i18n), rows),
      );
    } finally {
      this.exporting.set(false);
    }
  }

  private loadReps(period: string, teamId: string): Promise<RepsState> {
    const key = repsKey(period, teamId);
    const set = (state: RepsState) => {
      if (!this.destroyed) this.reps.update((all) => new Map(all).set(key, state));
      return state;
    };
    set({ status: 'loading', rows: this.reps().get(key)?.rows ?? [] });
    // A pending task keeps the app "unstable" until the reps are in (tests and prerendering wait for it).
    const done = this.pendingTasks.add();
    return firstValueFrom(
      this.repsGql
        .fetch({ variables: { period, teamId, first: MAX_REPS }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.leaderboard.rows)),
    )
      .then(
        (rows) => set(rows ? { status: 'done', rows } : { status: 'error', rows: [] }),
        () => set({ status: 'error', rows: [] }),
      )
      .finally(done);
  }
}

function repsKey(period: string, teamId: string): string {
  return `${period}|${teamId}`;
}

function validPeriod(value: string | null): string | null {
  const key = value?.trim() ?? '';
  return key && periodTypeOf(key) ? key : null;
}

function repScope(rep: RepRow, team: TeamRow): Scope {
  return {
    kind: 'rep',
    name: rep.repName,
    teamName: team.name,
    summary: summarizeOne(rep),
    teamId: team.teamId,
    repId: rep.repId,
  };
}
