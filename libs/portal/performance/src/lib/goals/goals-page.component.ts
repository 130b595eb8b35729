import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute } from '@angular/router';
import { todayIsoDate } from '@salesops/domain';
import {
  DeleteGoalGQL,
  errorCodeOf,
  FiscalCalendarService,
  GoalGridGQL,
  type GoalMetric,
  GoalPeriodsGQL,
  notDeletedLines,
  SessionStore,
  SetGoalsGQL,
  shownErrors,
} from '@salesops/portal/data-access';
import { I18nService, TranslatePipe, type TranslationKey } from '@salesops/portal/i18n';
import {
  ConfirmDialogComponent,
  type ConfirmDialogData,
  confirmed,
  downloadCsv,
  ErrorBannerComponent,
  PageHeaderComponent,
  StateMessageComponent,
} from '@salesops/portal/ui';
import { firstValueFrom, map, type Observable, of } from 'rxjs';

import { PERIOD_EXAMPLES, periodTypeOf } from '../period-picker/period-key';
import { PeriodPickerComponent } from '../period-picker/period-picker.component';
import { CopyGoalsDialogComponent, type CopyGoalsDialogResult } from './copy-goals-dialog.component';
import { GoalEdits } from './goal-edits';
import { editKey, editState, gridCoverage, type GridRow, teamTree } from './goal-grid';
import { goalGridSource } from './goal-grid-source';
import { periodToOpen } from './goal-periods';
import { GOAL_METRICS } from './goal-target';
import { copyGoalsDialogData, teamTargetDialogData } from './goals-bulk';
import { deleteConfirmation, discardConfirmation, goalDeleteNames, leaveConfirmation } from './goals-confirm';
import { goalsCsv } from './goals-csv';
import { GoalsTableComponent, type TargetTyping } from './goals-table.component';
import { MyGoalsComponent } from './my-goals.component';
import { PayPeriodLockNoticeComponent } from './pay-period-lock-notice.component';
import { payPeriodLockResource } from './pay-period-lock-resource';
import { TeamTargetDialogComponent } from './team-target-dialog.component';

/**
 * Goals (quotas) per team and rep for a period and metric. Admins and managers edit targets in a
 * grid and save every changed cell in one setGoals (all or nothing); admins can also delete a mistaken
 * goal, one at a time, keeping the unsaved edits of other cells; reps see their own goals.
 * The page ties the pickers, the grid's data, the pay-period lock and the unsaved edits together.
 */
@Component({
  selector: 'so-goals-page',
  imports: [
    PeriodPickerComponent,
    MatButtonModule,
    MatFormFieldModule,
    MatMenuModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTooltipModule,
    ErrorBannerComponent,
    PageHeaderComponent,
    StateMessageComponent,
    GoalsTableComponent,
    MyGoalsComponent,
    PayPeriodLockNoticeComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './goals-page.component.html',
  styleUrl: './goals-page.component.scss',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class GoalsPageComponent {
  private readonly goalGridGql = inject(GoalGridGQL);
  private readonly goalPeriodsGql = inject(GoalPeriodsGQL);
  private readonly calendar = inject(FiscalCalendarService).calendar;
  private readonly setGoalsGql = inject(SetGoalsGQL);
  private readonly deleteGoalGql = inject(DeleteGoalGQL);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionStore);
  private readonly route = inject(ActivatedRoute);

  protected readonly isRep = computed(() => this.session.role() === 'REP');
  protected readonly isAdmin = computed(() => this.session.role() === 'ADMIN');
  protected readonly metrics = GOAL_METRICS;
  /** From `?period=` when a link names one (the dashboard's "Set goals"), else the example year. */
  protected readonly periodKey = signal<string | null>(this.periodFromLink() ?? PERIOD_EXAMPLES.YEAR);
  protected readonly metric = signal<GoalMetric>('WON_REVENUE');
  protected readonly teamFilter = signal<string | null>(null);

  // ---- Loading ----

  private readonly source = goalGridSource({
    enabled: () => !this.isRep(),
    period: this.periodKey,
    metric: this.metric,
    teamId: this.teamFilter,
  });
  protected readonly teamChoices = computed(() => teamTree(this.source.teams()));
  protected readonly grid = this.source.grid;
  protected readonly loading = this.source.loading;

  /** A rep's own goals: every metric of the period. */
  protected readonly myGoals = rxResource({
    params: () => {
      const period = this.periodKey();
      return period && this.isRep() ? { period, metric: null, teamId: null } : undefined;
    },
    stream: ({ params }) =>
      this.goalGridGql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.goals ?? [])),
  });

  /** The periods that hold the rep's goals (one query): where My goals can take them. */
  protected readonly myGoalPeriods = rxResource({
    params: () => (this.isRep() ? true : undefined),
    stream: () =>
      this.goalPeriodsGql
        .fetch({ fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.goalPeriods ?? [])),
  });
  /**
   * The period My goals was opened on, while it may still move away from it: only on arrival (not from a
   * link naming a period, not once the rep has picked one), and only if it holds none of their goals.
   */
  private openedOn: string | null = this.periodFromLink() ? null : this.periodKey();
  /** The period moved away from, shown in a note while the page stays on the one moved to. */
  private readonly moved = signal<{ from: string; to: string } | null>(null);
  protected readonly movedFrom = computed(() => {
    const moved = this.moved();
    return moved && moved.to === this.periodKey() ? moved.from : null;
  });

  private readonly lock = payPeriodLockResource({ period: this.periodKey, enabled: () => !this.isRep() });
  protected readonly lockFiscalYear = this.lock.fiscalYear;
  protected readonly lockedBy = this.lock.lockedBy;

  protected readonly loadError = computed(
    () => this.source.error() ?? this.myGoals.error() ?? this.lock.error(),
  );
  /** Why the last delete did not happen. */
  protected readonly actionErrors = signal<readonly string[]>([]);
  protected readonly banner = computed(() => {
    const error = this.loadError();
    return [...(error ? shownErrors(error, this.i18n).banner : []), ...this.actionErrors()];
  });

  // ---- Editing ----

  protected readonly edits = new GoalEdits(this.i18n, async (goals) => {
    const result = await firstValueFrom(this.setGoalsGql.mutate({ variables: { input: { goals } } }));
    return result.data?.setGoals.length;
  });
  private readonly table = viewChild(GoalsTableComponent);
  private askingToDiscard = false;
  /** The row key whose goal is being deleted. */
  protected readonly deleting = signal<string | null>(null);

  /** Inputs accept typing only when the grid shows what the pickers ask for, in a period still open. */
  protected readonly editable = computed(() => {
    const grid = this.grid();
    return (
      !!grid &&
      !this.loading() &&
      !this.edits.saving() &&
      this.deleting() === null &&
      this.lockedBy() === null &&
      grid.period === this.periodKey() &&
      grid.metric === this.metric()
    );
  });

  protected readonly coverage = computed(() => gridCoverage(this.grid()?.rows ?? []));
  /**
   * Deleting goals is for admins (the API refuses others), and never inside a closed pay period. While
   * the lock is not known yet the column shows with its buttons waiting (not editable), so it does not flicker.
   */
  protected readonly deletable = computed(() => this.isAdmin() && !this.lockedBy());

  constructor() {
    // A rep opening the page on a period without goals of theirs is taken to the one that has them.
    effect(() => {
      const opened = this.openedOn;
      if (!opened || !this.isRep()) return;
      if (this.periodKey() !== opened) {
        this.openedOn = null;
        return;
      }
      const calendar = this.calendar();
      if (!this.myGoals.hasValue() || !this.myGoalPeriods.hasValue() || !calendar) return;
      this.openedOn = null;
      if (this.myGoals.value().length > 0) return;
      const to = periodToOpen(this.myGoalPeriods.value(), opened, calendar, todayIsoDate());
      if (!to) return;
      this.moved.set({ from: opened, to });
      this.periodKey.set(to);
    });
    // Unsaved edits belong to one period and metric: switching asks before dropping them.
    effect(() => {
      const period = this.periodKey();
      const metric = this.metric();
      if (period) untracked(() => this.confirmContextSwitch(period, metric));
    });
  }

  protected metricLabel(metric: GoalMetric): TranslationKey {
    return `goals.metric.${metric}`;
  }

  protected onTyped({ row, text }: TargetTyping): void {
    const grid = this.grid();
    if (grid && this.editable()) this.edits.type(grid.period, grid.metric, row, text);
  }

  protected onLeft(row: GridRow): void {
    const grid = this.grid();
    if (grid) this.edits.tidy(editKey(grid.period, grid.metric, row.key));
  }

  protected onUndone(row: GridRow): void {
    const grid = this.grid();
    if (grid) this.edits.undo(editKey(grid.period, grid.metric, row.key));
  }

  protected async save(): Promise<void> {
    if (this.lockedBy()) return;
    const outcome = await this.edits.save();
    if (outcome.kind === 'saved') {
      this.snackBar.open(this.i18n.t('goals.saved', { count: outcome.count }), undefined, { duration: 3000 });
      this.source.reloadGoals();
    }
    // A pay period was closed meanwhile: reloading the list brings up the notice.
    if (outcome.kind === 'failed' && outcome.locked) this.lock.reload();
    if (outcome.kind === 'invalid' || outcome.kind === 'failed') this.table()?.focusFirstError();
  }

  /** After a CONFLICT: drop the edits someone else overtook, keep the rest, load the new values. */
  protected reloadAfterConflict(): void {
    this.edits.dropOvertaken();
    this.source.reloadGoals();
  }

  /**
   * Deletes a row's stored goal after a confirmation, sending the version the grid shows (CONFLICT when
   * someone changed it since). A cell with an unsaved change is saved or undone first; the unsaved edits
   * of other cells stay through the reload that follows.
   */
  protected async deleteGoal(row: GridRow): Promise<void> {
    const grid = this.grid();
    const goal = row.goal;
    if (!grid || !goal || !this.deletable() || !this.editable()) return;
    const key = editKey(grid.period, grid.metric, row.key);
    const edit = this.edits.byKey().get(key);
    if (edit && editState(edit).status !== 'unchanged') return;
    if (!(await confirmed(this.dialog, deleteConfirmation(this.i18n, row, grid)))) return;
    this.actionErrors.set([]);
    this.deleting.set(row.key);
    try {
      await firstValueFrom(
        this.deleteGoalGql.mutate({ variables: { input: { id: goal.id, expectedVersion: goal.version } } }),
      );
      // An edit typed back to the stored value would otherwise outlive the goal.
      this.edits.undo(key);
      this.snackBar.open(this.i18n.t('goals.deleted', goalDeleteNames(this.i18n, row, grid)), undefined, {
        duration: 3000,
      });
    } catch (error) {
      // A refusal (closed pay period, changed meanwhile) is said in the API's words, under what failed.
      const headline = this.i18n.t('goals.deleteFailed', { name: row.name });
      this.actionErrors.set(notDeletedLines(headline, error, shownErrors(error, this.i18n).banner));
      // The pay period may have been closed meanwhile: the lock notice then comes up.
      if (errorCodeOf(error) === 'BAD_USER_INPUT') this.lock.reload();
    } finally {
      this.deleting.set(null);
      // Deleted or not, the grid shows what the API now holds (after a CONFLICT: the new version).
      this.source.reloadGoals();
    }
  }

  protected retry(): void {
    this.actionErrors.set([]);
    this.source.retry();
    if (this.myGoals.error()) this.myGoals.reload();
    if (this.lock.error()) this.lock.reload();
  }

  // ---- Bulk tools ----

  protected openTeamTarget(): void {
    const grid = this.grid();
    if (!grid || this.lockedBy()) return;
    const data = teamTargetDialogData(grid, this.teamChoices(), () => this.source.reloadGoals());
    this.dialog.open(TeamTargetDialogComponent, { data, width: '520px', maxWidth: '95vw' });
  }

  protected openCopy(direction: 'forward' | 'fromPrevious' = 'forward'): void {
    const period = this.grid()?.period ?? this.periodKey();
    if (!period) return;
    const team = this.source.teams().find((option) => option.id === this.teamFilter());
    const data = copyGoalsDialogData(period, direction, team, () => this.source.reloadGoals());
    this.dialog
      .open(CopyGoalsDialogComponent, { data, width: '520px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((result: CopyGoalsDialogResult | undefined) => {
        if (result && result.toPeriod !== this.periodKey()) this.periodKey.set(result.toPeriod);
      });
  }

  protected exportCsv(): void {
    const grid = this.grid();
    if (!grid) return;
    const fileName = `${this.i18n.t('goals.fileName')}-${grid.period}-${grid.metric}.csv`;
    downloadCsv(fileName, goalsCsv(this.i18n, grid));
  }

  // ---- Leaving ----

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (!this.edits.dirty()) return;
    event.preventDefault();
    // Older browsers need a return value to ask.
    event.returnValue = '';
  }

  /** For a canDeactivate guard: asks before unsaved changes are lost. */
  confirmLeave(): Observable<boolean> {
    if (!this.edits.dirty()) return of(true);
    return this.confirm(leaveConfirmation(this.i18n, this.edits.changeCount() + this.edits.invalidCount()));
  }

  private confirmContextSwitch(period: string, metric: GoalMetric): void {
    const others = this.edits.outside(period, metric);
    if (others.length === 0 || this.askingToDiscard) return;
    this.askingToDiscard = true;
    const first = others[0];
    this.confirm(discardConfirmation(this.i18n, others)).subscribe((confirmed) => {
      this.askingToDiscard = false;
      if (confirmed) {
        this.edits.discard();
      } else {
        this.metric.set(first.metric);
        this.periodKey.set(first.period);
      }
    });
  }

  private confirm(data: ConfirmDialogData): Observable<boolean> {
    return this.dialog
      .open(ConfirmDialogComponent, { data, width: '440px', maxWidth: '95vw' })
      .afterClosed()
      .pipe(map((confirmed: unknown) => confirmed === true));
  }

  private periodFromLink(): string | null {
    const key = this.route.snapshot.queryParamMap.get('period')?.trim();
    return key && periodTypeOf(key) ? key : null;
  }
}
