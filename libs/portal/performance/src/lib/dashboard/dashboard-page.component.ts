import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { addDays } from '@salesops/domain';
import {
  DashboardTeamsGQL,
  dealsLinkParams,
  type DrillDown,
  keptWhileLoading,
  SessionStore,
  shownErrors,
} from '@salesops/portal/data-access';
import { I18nService, LocalDatePipe, TranslatePipe } from '@salesops/portal/i18n';
import {
  downloadCsv,
  ErrorBannerComponent,
  PageHeaderComponent,
  StateMessageComponent,
  toCsv,
} from '@salesops/portal/ui';
import { map } from 'rxjs';

import { PeriodPickerComponent } from '../period-picker/period-picker.component';
import { type TrendSubject } from '../trend/trend-model';
import { TrendPanelComponent } from '../trend/trend-panel.component';
import { dashboardCsvColumns, treeCsvRows } from './dashboard-csv';
import { DashboardFunnelPanelComponent, type FunnelParams } from './dashboard-funnel-panel.component';
import { DashboardKpiCardsComponent } from './dashboard-kpi-cards.component';
import { DashboardRepsStore } from './dashboard-reps.store';
import { scopeOf } from './dashboard-scope';
import { DashboardTeamTreeComponent } from './dashboard-team-tree.component';
import {
  allNodes,
  buildTeamTree,
  type RepsState,
  type RepTreeRow,
  type TreeRow,
  visibleRows,
} from './dashboard-tree';
import { DashboardUrlStore } from './dashboard-url.store';

/**
 * The start page of admins and managers: for a fiscal period, KPI cards for the chosen scope, the
 * team tree down to reps (reps load when their team is expanded) with attainment bars, and the
 * stage-to-stage funnel. The period and the selected team live in the URL (`?period=FY2017-Q3&team=`).
 */
@Component({
  selector: 'so-dashboard-page',
  imports: [
    PeriodPickerComponent,
    DashboardFunnelPanelComponent,
    TrendPanelComponent,
    DashboardKpiCardsComponent,
    DashboardTeamTreeComponent,
    MatButtonModule,
    MatProgressBarModule,
    ErrorBannerComponent,
    PageHeaderComponent,
    StateMessageComponent,
    LocalDatePipe,
    TranslatePipe,
  ],
  // Both hold state of this page visit only.
  providers: [DashboardUrlStore, DashboardRepsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-page.component.html',
  styleUrl: './dashboard-page.component.scss',
})
export class DashboardPageComponent {
  private readonly url = inject(DashboardUrlStore);
  private readonly reps = inject(DashboardRepsStore);
  private readonly teamsGql = inject(DashboardTeamsGQL);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);

  protected readonly isAdmin = computed(() => this.session.role() === 'ADMIN');
  protected readonly isRep = computed(() => this.session.role() === 'REP');
  protected readonly periodKey = this.url.periodKey;
  protected readonly selection = this.url.selection.asReadonly();
  // Open teams stay here, not in the tree table: the page loads their reps and opens a lone team.
  private readonly expanded = signal<ReadonlySet<string>>(new Set());
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
  protected readonly shown = keptWhileLoading(this.teams);
  /** The period on screen, which the "Set goals" links open. */
  protected readonly shownPeriod = computed(() => this.shown()?.period.key ?? null);
  protected readonly lastDay = computed(() => {
    const period = this.shown()?.period;
    return period ? addDays(period.end, -1) : null;
  });
  protected readonly tree = computed(() => buildTeamTree(this.shown()?.teamPerformance ?? []));
  private readonly teamsById = computed(
    () => new Map((this.shown()?.teamPerformance ?? []).map((team) => [team.teamId, team] as const)),
  );

  // -- the reps of expanded teams, per period ----------------------------------------------

  private readonly repsOf = (teamId: string): RepsState | undefined => {
    const period = this.shownPeriod();
    return period ? this.reps.get(period, teamId) : undefined;
  };

  protected readonly rows = computed<TreeRow[]>(() => visibleRows(this.tree(), this.expanded(), this.repsOf));

  // -- the selected scope ------------------------------------------------------------------

  protected readonly scope = computed(() =>
    scopeOf(
      this.selection(),
      this.teamsById(),
      this.tree().map((node) => node.team),
      this.repsOf,
    ),
  );
  protected readonly summary = computed(() => this.scope().summary);

  /**
   * The deals behind the cards' counts: a team's closed deals by who was in it on the close date (as team
   * standings count them) and its open deals by today's team; a rep's own; everything the caller sees.
   */
  protected readonly kpiDeals = computed(() => {
    const period = this.shown()?.period;
    if (!period) return null;
    const scope = this.scope();
    const closed = { closedFrom: period.start, closedTo: addDays(period.end, -1) };
    // The company's figures count deals with a rep only; unassigned ones are in no KPI.
    const who: DrillDown =
      scope.kind === 'rep' && scope.repId
        ? { repId: scope.repId }
        : scope.kind === 'team' && scope.teamId
          ? { teamId: scope.teamId }
          : { assigned: true };
    const onClose: DrillDown = who.teamId ? { ...who, teamMembership: 'ON_CLOSE_DATE' } : who;
    return {
      won: dealsLinkParams({ ...onClose, stageKind: 'WON', ...closed }),
      lost: dealsLinkParams({ ...onClose, stageKind: 'LOST', ...closed }),
      open: dealsLinkParams({ ...who, stageKind: 'OPEN' }),
    };
  });

  /** The trend of the scope: everything is the company for an admin, a manager's one team, else none. */
  protected readonly trendSubject = computed(
    (): TrendSubject | null => {
      const scope = this.scope();
      if (scope.kind === 'rep' && scope.repId) return { kind: 'rep', repId: scope.repId };
      if (scope.kind === 'team' && scope.teamId) return { kind: 'team', teamId: scope.teamId };
      if (this.isAdmin()) return { kind: 'company' };
      const roots = this.tree();
      return roots.length === 1 ? { kind: 'team', teamId: roots[0].team.teamId } : null;
    },
    { equal: (a, b) => JSON.stringify(a) === JSON.stringify(b) },
  );

  // -- the funnel of the scope ---------------------------------------------------------------

  protected readonly funnelParams = computed(
    (): FunnelParams | undefined => {
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
  // -- errors and the export -----------------------------------------------------------------

  protected readonly exporting = signal(false);
  private readonly exportError = signal<string | null>(null);
  protected readonly banner = computed(() => {
    const error = this.teams.error();
    const messages = error ? shownErrors(error, this.i18n).banner : [];
    const exportError = this.exportError();
    return exportError ? [...messages, exportError] : messages;
  });

  constructor() {
    // A team from an old link that the caller cannot see (any more) is dropped, and so leaves the URL.
    effect(() => {
      const selection = this.selection();
      if (selection && this.shown() && !this.teams.isLoading() && !this.teamsById().has(selection.teamId)) {
        this.url.clearSelection();
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
        if (known.has(teamId) && !untracked(() => this.reps.has(period, teamId))) {
          void this.reps.load(period, teamId);
        }
      }
    });
  }

  protected toggle(teamId: string): void {
    this.expandTouched = true;
    this.expanded.update((ids) => {
      const next = new Set(ids);
      if (!next.delete(teamId)) next.add(teamId);
      return next;
    });
  }

  protected selectTeam(teamId: string): void {
    this.url.selectTeam(teamId);
  }

  protected selectRep(row: RepTreeRow): void {
    this.url.selectRep(row.teamId, row.rep.repId);
  }

  protected clearSelection(): void {
    this.url.clearSelection();
  }

  protected retryReps(teamId: string): void {
    const period = this.shownPeriod();
    if (period) void this.reps.load(period, teamId);
  }

  protected goToTeams(): void {
    void this.router.navigate(['/teams']);
  }

  protected retryTeams(): void {
    this.exportError.set(null);
    this.teams.reload();
  }

  /** The whole tree, every team's reps included (loading those not expanded yet). */
  protected async exportCsv(): Promise<void> {
    const shown = this.shown();
    if (!shown || this.exporting()) return;
    const period = shown.period.key;
    const roots = this.tree();
    this.exporting.set(true);
    this.exportError.set(null);
    try {
      const states = await this.reps.loadAll(
        period,
        allNodes(roots).map((node) => node.team.teamId),
      );
      if (states.some((state) => state.status !== 'done')) {
        this.exportError.set(this.i18n.t('dash.exportFailed'));
        return;
      }
      const rows = treeCsvRows(roots, (teamId) => this.reps.get(period, teamId)?.rows);
      downloadCsv(
        `${this.i18n.t('dash.fileName')}-${period}.csv`,
        toCsv(dashboardCsvColumns(this.i18n), rows),
      );
    } finally {
      this.exporting.set(false);
    }
  }
}
