import { ActivatedRoute } from '@angular/router';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  linkedSignal,
  resource,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import {
  FiscalCalendarService,
  GoalGridGQL,
  GoalGridRepsGQL,
  type GoalGridRepsQuery,
  type GoalGridRepsQueryVariables,
  type GoalMetric,
  loadTeamOptions,
  PayPeriodsGQL,
  SessionStore,
  SetGoalsGQL,
  shownErrors,
  TeamOptionsGQL,
} from '@salesops/portal/data-access';
import { I18nService, LocalPercentPipe, type TranslationKey, TranslatePipe } from '@salesops/portal/i18n';
import {
  ConfirmDialogComponent,
  type ConfirmDialogData,
  downloadCsv,
  ErrorBannerComponent,
  PageHeaderComponent,
  StateMessageComponent,
  toCsv,
} from '@salesops/portal/ui';
import { firstValueFrom, map, type Observable, of } from 'rxjs';
import {
  applyTyping,
  buildGridRows,
  type CellEdit,
  editKey,
  editState,
  type GridRep,
  type GridRow,
  gridFigures,
  pendingChanges,
  type RowFigures,
  saveErrors,
  storedTarget,
  teamTree,
} from './goal-grid';
import {
  barWidth,
  GOAL_METRICS,
  inputTextOf,
  isMoneyMetric,
  type TargetProblem,
  textOf,
} from './goal-target';
import { goalsCsvColumns } from './goals-csv';
import { MyGoalsComponent } from './my-goals.component';
import {
  CopyGoalsDialogComponent,
  type CopyGoalsDialogData,
  type CopyGoalsDialogResult,
} from './copy-goals-dialog.component';
import { TeamTargetDialogComponent, type TeamTargetDialogData } from './team-target-dialog.component';
import { closedPeriodHolding, fiscalYearOf, isPeriodLockedError } from '../pay-periods/pay-period-lock';
import { PayPeriodLockNoticeComponent } from '../pay-periods/pay-period-lock-notice.component';
import { PERIOD_EXAMPLES, periodTypeOf, shiftPeriodKey } from '../period-picker/period-key';
import { PeriodPickerComponent } from '../period-picker/period-picker.component';

// Reps are paged through 100 at a time; 50 pages is far beyond any real sales org.
const REP_PAGE_SIZE = 100;
const MAX_REP_PAGES = 50;
// The API takes at most 500 goals per setGoals.
const MAX_GOALS_PER_SAVE = 500;
const DEFAULT_CURRENCY = 'USD';

/** What the grid shows: rows for one period and metric, loaded together. */
interface Grid {
  readonly period: string;
  readonly metric: GoalMetric;
  readonly teamId: string | null;
  readonly rows: readonly GridRow[];
  readonly currency: string;
}

/** Everything one target cell shows. */
interface CellView {
  readonly editKey: string;
  readonly text: string;
  readonly changed: boolean;
  readonly error: string | null;
  readonly figures: RowFigures;
}

interface SaveProblem {
  readonly conflict: boolean;
  readonly messages: readonly string[];
}

/**
 * Goals (quotas) per team and rep for a period and metric. Admins and managers edit targets in a
 * grid and save every changed cell in one setGoals (all or nothing); reps see their own goals.
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
    MatTableModule,
    MatTooltipModule,
    ErrorBannerComponent,
    PageHeaderComponent,
    StateMessageComponent,
    MyGoalsComponent,
    PayPeriodLockNoticeComponent,
    LocalPercentPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './goals-page.component.html',
  styleUrl: './goals-page.component.scss',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
})
export class GoalsPageComponent {
  private readonly goalGridGql = inject(GoalGridGQL);
  private readonly repsGql = inject(GoalGridRepsGQL);
  private readonly teamOptionsGql = inject(TeamOptionsGQL);
  private readonly setGoalsGql = inject(SetGoalsGQL);
  private readonly payPeriodsGql = inject(PayPeriodsGQL);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionStore);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly isRep = computed(() => this.session.role() === 'REP');
  protected readonly isAdmin = computed(() => this.session.role() === 'ADMIN');
  protected readonly metrics = GOAL_METRICS;
  protected readonly columns = ['name', 'target', 'actual', 'attainment', 'repSum', 'gap'];
  /** From `?period=` when a link names one (the dashboard's "Set goals"), else the example year. */
  protected readonly periodKey = signal<string | null>(this.periodFromLink() ?? PERIOD_EXAMPLES.YEAR);
  protected readonly metric = signal<GoalMetric>('WON_REVENUE');
  protected readonly teamFilter = signal<string | null>(null);

  /** Unsaved cells by edit key (period, metric and subject). */
  protected readonly edits = signal<ReadonlyMap<string, CellEdit>>(new Map());
  /** Messages from the last failed save, by edit key. */
  private readonly cellErrors = signal<Readonly<Record<string, string>>>({});
  protected readonly saving = signal(false);
  protected readonly saveProblem = signal<SaveProblem | null>(null);
  private askingToDiscard = false;

  // ---- Loading ----

  protected readonly teamOptions = resource({
    params: () => (this.isRep() ? undefined : true),
    loader: () => loadTeamOptions(this.teamOptionsGql),
  });
  protected readonly teams = computed(() => (this.teamOptions.hasValue() ? this.teamOptions.value() : []));
  protected readonly teamChoices = computed(() => teamTree(this.teams()));

  private readonly reps = resource({
    params: () => (this.isRep() ? undefined : { teamId: this.teamFilter() }),
    loader: ({ params }) => this.loadReps(params.teamId),
  });

  private readonly goals = rxResource({
    params: () => {
      const period = this.periodKey();
      return period && !this.isRep()
        ? { period, metric: this.metric(), teamId: this.teamFilter() }
        : undefined;
    },
    stream: ({ params }) =>
      this.goalGridGql
        .fetch({ variables: params, fetchPolicy: 'network-only' })
        .pipe(map((result) => ({ ...params, goals: result.data?.goals ?? [] }))),
  });

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

  private readonly fiscalCalendar = inject(FiscalCalendarService).calendar;
  /** Null for a malformed key, undefined until the API's fiscal calendar is known. */
  protected readonly lockFiscalYear = computed(() => {
    const calendar = this.fiscalCalendar();
    return calendar ? fiscalYearOf(this.periodKey() ?? '', calendar) : undefined;
  });
  /** The pay periods of the fiscal year around the period: a closed one locks the period's goals. */
  private readonly payPeriods = rxResource({
    // Through the computed year: stepping months inside one year does not fetch the list again.
    params: () => (this.isRep() ? undefined : (this.lockFiscalYear() ?? undefined)),
    stream: ({ params }) =>
      this.payPeriodsGql
        .fetch({ variables: { fiscalYear: params }, fetchPolicy: 'network-only' })
        .pipe(map((result) => ({ fiscalYear: params, periods: result.data?.payPeriods ?? [] }))),
  });
  /**
   * The closed pay period holding the selected period (its goals are locked), null when there is
   * none, undefined while that is not known yet. Should the list fail to load, the grid stays
   * editable: the API refuses a write into a closed period anyway.
   */
  protected readonly lockedBy = computed<string | null | undefined>(() => {
    const period = this.periodKey();
    const fiscalYear = this.lockFiscalYear();
    if (!period || this.isRep() || this.payPeriods.error()) return null;
    if (fiscalYear === undefined) return undefined;
    if (!fiscalYear) return null;
    if (!this.payPeriods.hasValue() || this.payPeriods.value().fiscalYear !== fiscalYear) return undefined;
    return closedPeriodHolding(period, this.payPeriods.value().periods)?.period ?? null;
  });

  protected readonly loading = computed(
    () => this.teamOptions.isLoading() || this.reps.isLoading() || this.goals.isLoading(),
  );

  private readonly loaded = computed<Grid | undefined>(() => {
    if (!this.teamOptions.hasValue() || !this.reps.hasValue() || !this.goals.hasValue()) return undefined;
    const reps = this.reps.value();
    const goals = this.goals.value();
    if (reps.teamId !== goals.teamId) return undefined;
    return {
      period: goals.period,
      metric: goals.metric,
      teamId: goals.teamId,
      rows: buildGridRows(this.teamOptions.value(), reps.reps, goals.goals, goals.teamId),
      currency: goals.goals.find((goal) => goal.currency)?.currency ?? DEFAULT_CURRENCY,
    };
  });

  // Keep the last grid on screen (read-only) while the next one loads, so it does not flicker.
  protected readonly grid = linkedSignal<Grid | undefined, Grid | undefined>({
    source: this.loaded,
    computation: (next, previous) => next ?? (this.loading() ? previous?.value : undefined),
  });
  private periodFromLink(): string | null {
    const key = this.route.snapshot.queryParamMap.get('period')?.trim();
    return key && periodTypeOf(key) ? key : null;
  }

  /** Inputs accept typing only when the grid shows what the pickers ask for, in a period still open. */
  protected readonly editable = computed(() => {
    const grid = this.grid();
    return (
      !!grid &&
      !this.loading() &&
      !this.saving() &&
      this.lockedBy() === null &&
      grid.period === this.periodKey() &&
      grid.metric === this.metric()
    );
  });

  protected readonly loadError = computed(
    () =>
      this.teamOptions.error() ??
      this.reps.error() ??
      this.goals.error() ??
      this.myGoals.error() ??
      this.payPeriods.error(),
  );
  protected readonly banner = computed(() => {
    const error = this.loadError();
    return error ? shownErrors(error, this.i18n).banner : [];
  });

  // ---- Cells ----

  protected readonly cells = computed(() => {
    const grid = this.grid();
    const views = new Map<string, CellView>();
    if (!grid) return views;
    const edits = this.edits();
    const errors = this.cellErrors();
    const editOf = (row: GridRow) => edits.get(editKey(grid.period, grid.metric, row.key));
    const figures = gridFigures(grid.rows, grid.metric, (row) => {
      const edit = editOf(row);
      const state = edit ? editState(edit) : null;
      return state?.status === 'changed' ? state.units : storedTarget(row, grid.metric);
    });
    for (const row of grid.rows) {
      const key = editKey(grid.period, grid.metric, row.key);
      const edit = editOf(row);
      const state = edit ? editState(edit) : null;
      const stored = storedTarget(row, grid.metric);
      views.set(row.key, {
        editKey: key,
        text: edit ? edit.text : stored === null ? '' : inputTextOf(stored, grid.metric),
        changed: state !== null && state.status !== 'unchanged',
        error: state?.status === 'invalid' ? this.problemText(state.problem) : (errors[key] ?? null),
        figures: figures.get(row.key) as RowFigures,
      });
    }
    return views;
  });

  protected readonly pending = computed(() => pendingChanges(this.edits()));
  protected readonly changeCount = computed(() => this.pending().goals.length);
  protected readonly invalidCount = computed(() => this.pending().invalid.size);
  protected readonly dirty = computed(() => this.changeCount() + this.invalidCount() > 0);

  protected readonly coverage = computed(() => {
    const rows = this.grid()?.rows ?? [];
    const count = (kind: GridRow['kind'], withGoal: boolean) =>
      rows.filter((row) => row.kind === kind && !row.outside && (!withGoal || row.goal)).length;
    return {
      teams: count('team', true),
      teamTotal: count('team', false),
      reps: count('rep', true),
      repTotal: count('rep', false),
      goals: rows.filter((row) => row.goal).length,
    };
  });

  constructor() {
    // Unsaved edits belong to one period and metric: switching asks before dropping them.
    effect(() => {
      const period = this.periodKey();
      const metric = this.metric();
      if (period) untracked(() => this.confirmContextSwitch(period, metric));
    });
  }

  // ---- Template helpers ----

  protected cell(row: GridRow): CellView | undefined {
    return this.cells().get(row.key);
  }

  protected metricLabel(metric: GoalMetric): TranslationKey {
    return `goals.metric.${metric}`;
  }

  /** A target, actual or sum in the grid's unit: `$250,000`, `$1,000.50`, `12`. */
  protected show(units: bigint | null | undefined, metric: GoalMetric, currency: string): string {
    if (units === null || units === undefined) return '';
    if (!isMoneyMetric(metric)) return this.i18n.formatNumber(Number(units));
    return this.i18n.formatMoney(textOf(units, metric), currency, units % 100n === 0n);
  }

  protected gapText(gap: bigint, grid: Grid): string {
    if (gap === 0n) return this.i18n.t('goals.gapEven');
    const amount = this.show(gap < 0n ? -gap : gap, grid.metric, grid.currency);
    return this.i18n.t(gap > 0n ? 'goals.gapShort' : 'goals.gapOver', { amount });
  }

  /** short: the reps' goals fall short of the team goal; over: they exceed it. */
  protected gapClass(gap: bigint): string {
    return gap > 0n ? 'gap short' : gap < 0n ? 'gap over' : 'gap even';
  }

  protected bar(attainment: number | null): number {
    return barWidth(attainment);
  }

  protected trackRow = (_index: number, row: GridRow) => row.key;

  // ---- Editing ----

  protected onInput(row: GridRow, event: Event): void {
    const grid = this.grid();
    if (!grid || !this.editable()) return;
    const text = (event.target as HTMLInputElement).value;
    this.edits.set(applyTyping(this.edits(), row, grid.period, grid.metric, text));
    this.clearCellError(editKey(grid.period, grid.metric, row.key));
  }

  /** Leaving a cell tidies it: a valid target shows grouped, an unchanged one stops being an edit. */
  protected onBlur(row: GridRow): void {
    const grid = this.grid();
    if (!grid) return;
    const key = editKey(grid.period, grid.metric, row.key);
    const edit = this.edits().get(key);
    if (!edit) return;
    const state = editState(edit);
    const next = new Map(this.edits());
    if (state.status === 'unchanged') next.delete(key);
    else if (state.status === 'changed')
      next.set(key, { ...edit, text: inputTextOf(state.units, edit.metric) });
    else return;
    this.edits.set(next);
  }

  /** Enter or arrow down: the next row's target; arrow up: the one above; Escape: undo the cell. */
  protected onKeydown(row: GridRow, event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      const grid = this.grid();
      if (!grid) return;
      const next = new Map(this.edits());
      const key = editKey(grid.period, grid.metric, row.key);
      next.delete(key);
      this.edits.set(next);
      this.clearCellError(key);
      return;
    }
    const step = event.key === 'Enter' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const inputs = this.targetInputs();
    const index = inputs.indexOf(event.target as HTMLInputElement);
    const target = inputs[index + step];
    if (target) {
      target.focus();
      target.select();
    }
  }

  protected discard(): void {
    this.edits.set(new Map());
    this.cellErrors.set({});
    this.saveProblem.set(null);
  }

  protected async save(): Promise<void> {
    if (this.saving() || this.lockedBy()) return;
    const pending = this.pending();
    if (pending.invalid.size > 0) {
      this.saveProblem.set({
        conflict: false,
        messages: [this.i18n.t('goals.fixFirst', { count: pending.invalid.size })],
      });
      this.focusFirstError();
      return;
    }
    if (pending.goals.length === 0) return;
    if (pending.goals.length > MAX_GOALS_PER_SAVE) {
      this.saveProblem.set({
        conflict: false,
        messages: [this.i18n.t('goals.tooMany', { max: MAX_GOALS_PER_SAVE })],
      });
      return;
    }
    this.saving.set(true);
    this.saveProblem.set(null);
    this.cellErrors.set({});
    try {
      const result = await firstValueFrom(
        this.setGoalsGql.mutate({ variables: { input: { goals: [...pending.goals] } } }),
      );
      const count = result.data?.setGoals.length ?? pending.goals.length;
      this.edits.set(new Map());
      this.snackBar.open(this.i18n.t('goals.saved', { count }), undefined, { duration: 3000 });
      this.goals.reload();
    } catch (error) {
      this.showSaveError(error, pending.keys);
    } finally {
      this.saving.set(false);
    }
  }

  /** After a CONFLICT: drop the edits someone else overtook, keep the rest, load the new values. */
  protected reloadAfterConflict(): void {
    const overtaken = Object.keys(this.cellErrors());
    const next = new Map(this.edits());
    for (const key of overtaken) next.delete(key);
    this.edits.set(next);
    this.cellErrors.set({});
    this.saveProblem.set(null);
    this.goals.reload();
  }

  protected retry(): void {
    if (this.teamOptions.error()) this.teamOptions.reload();
    if (this.reps.error()) this.reps.reload();
    if (this.goals.error()) this.goals.reload();
    if (this.myGoals.error()) this.myGoals.reload();
    if (this.payPeriods.error()) this.payPeriods.reload();
  }

  protected setTeamFilter(teamId: string | null): void {
    this.teamFilter.set(teamId);
  }

  // ---- Bulk tools ----

  protected openTeamTarget(): void {
    const grid = this.grid();
    if (!grid || this.lockedBy()) return;
    const repCounts = new Map<string, number>();
    for (const row of grid.rows) {
      if (row.kind === 'rep' && !row.outside && row.parentId)
        repCounts.set(row.parentId, (repCounts.get(row.parentId) ?? 0) + 1);
    }
    const data: TeamTargetDialogData = {
      period: grid.period,
      metric: grid.metric,
      currency: grid.currency,
      teams: this.teamChoices()
        .filter(({ team }) => repCounts.has(team.id))
        .map(({ team }) => ({ id: team.id, name: team.name, reps: repCounts.get(team.id) ?? 0 })),
      teamId: grid.teamId && repCounts.has(grid.teamId) ? grid.teamId : null,
      changed: () => this.goals.reload(),
    };
    this.dialog.open(TeamTargetDialogComponent, { data, width: '520px', maxWidth: '95vw' });
  }

  protected openCopy(direction: 'forward' | 'fromPrevious' = 'forward'): void {
    const grid = this.grid();
    const period = grid?.period ?? this.periodKey();
    if (!period) return;
    const team = this.teams().find((option) => option.id === this.teamFilter());
    const data: CopyGoalsDialogData = {
      fromPeriod: direction === 'forward' ? period : (shiftPeriodKey(period, -1) ?? period),
      toPeriod: direction === 'forward' ? (shiftPeriodKey(period, 1) ?? period) : period,
      teamId: team?.id ?? null,
      teamName: team?.name ?? null,
      changed: () => this.goals.reload(),
    };
    this.dialog
      .open(CopyGoalsDialogComponent, { data, width: '520px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((result: CopyGoalsDialogResult | undefined) => {
        if (result && result.toPeriod !== this.periodKey()) this.periodKey.set(result.toPeriod);
      });
  }

  // ---- Export ----

  protected exportCsv(): void {
    const grid = this.grid();
    if (!grid) return;
    // The stored values: an export never contains what has not been saved.
    const figures = gridFigures(grid.rows, grid.metric, (row) => storedTarget(row, grid.metric));
    const names = new Map(grid.rows.map((row) => [row.id, row.name]));
    const rows = grid.rows.map((row) => ({
      row,
      figures: figures.get(row.key) as RowFigures,
      parentName: row.parentId ? (names.get(row.parentId) ?? '') : '',
    }));
    const csv = toCsv(goalsCsvColumns(this.i18n, grid.period, grid.metric, grid.currency), rows);
    downloadCsv(`${this.i18n.t('goals.fileName')}-${grid.period}-${grid.metric}.csv`, csv);
  }

  // ---- Leaving ----

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (!this.dirty()) return;
    event.preventDefault();
    // Older browsers need a return value to ask.
    event.returnValue = '';
  }

  /** For a canDeactivate guard: asks before unsaved changes are lost. */
  confirmLeave(): Observable<boolean> {
    if (!this.dirty()) return of(true);
    const data: ConfirmDialogData = {
      title: this.i18n.t('goals.leaveTitle'),
      text: this.i18n.t('goals.leaveText', { count: this.changeCount() + this.invalidCount() }),
      confirmLabel: this.i18n.t('goals.leaveConfirm'),
      cancelLabel: this.i18n.t('goals.keepEditing'),
      danger: true,
    };
    return this.dialog
      .open(ConfirmDialogComponent, { data, width: '440px', maxWidth: '95vw' })
      .afterClosed()
      .pipe(map((confirmed: unknown) => confirmed === true));
  }

  // ---- Internals ----

  private confirmContextSwitch(period: string, metric: GoalMetric): void {
    const others = [...this.edits().values()].filter(
      (edit) => edit.period !== period || edit.metric !== metric,
    );
    if (others.length === 0 || this.askingToDiscard) return;
    this.askingToDiscard = true;
    const first = others[0];
    const data: ConfirmDialogData = {
      title: this.i18n.t('goals.discardTitle'),
      text: this.i18n.t('goals.discardText', {
        count: others.length,
        period: first.period,
        metric: this.i18n.t(this.metricLabel(first.metric)),
      }),
      confirmLabel: this.i18n.t('goals.discardConfirm'),
      cancelLabel: this.i18n.t('goals.keepEditing'),
      danger: true,
    };
    this.dialog
      .open(ConfirmDialogComponent, { data, width: '440px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((confirmed: unknown) => {
        this.askingToDiscard = false;
        if (confirmed === true) {
          this.discard();
        } else {
          this.metric.set(first.metric);
          this.periodKey.set(first.period);
        }
      });
  }

  private showSaveError(error: unknown, sentKeys: readonly string[]): void {
    const shown = saveErrors(error, sentKeys);
    // A CONFLICT on a period: its pay period was closed while the user edited, not a rival edit.
    const locked = isPeriodLockedError(error);
    const conflict = shown.code === 'CONFLICT' && !locked;
    const cells: Record<string, string> = {};
    for (const [key, message] of Object.entries(shown.cells)) {
      cells[key] = locked
        ? this.i18n.t('payPeriods.lock.cell')
        : conflict
          ? this.i18n.t('goals.conflictCell')
          : message;
    }
    this.cellErrors.set(cells);
    if (locked) {
      // The API's words name the closed pay period; reloading the list brings up the notice.
      const detail = [...Object.values(shown.cells), ...shown.unplaced];
      this.saveProblem.set({
        conflict: false,
        messages: [this.i18n.t('payPeriods.lock.saveFailed'), ...detail],
      });
      this.payPeriods.reload();
      this.focusFirstError();
      return;
    }
    const edits = this.edits();
    const names = Object.keys(cells)
      .map((key) => edits.get(key)?.name)
      .filter((name): name is string => !!name)
      .join(', ');
    const headline = conflict
      ? this.i18n.t('goals.conflict', { names })
      : names
        ? this.i18n.t('goals.notSavedCells', { names })
        : this.i18n.t('goals.notSaved');
    const rest = Object.keys(cells).length > 0 ? shown.unplaced : shownErrors(error, this.i18n).banner;
    this.saveProblem.set({ conflict, messages: [headline, ...rest] });
    this.focusFirstError();
  }

  private clearCellError(key: string): void {
    if (!(key in this.cellErrors())) return;
    const next = { ...this.cellErrors() };
    delete next[key];
    this.cellErrors.set(next);
  }

  private targetInputs(): HTMLInputElement[] {
    return Array.from(
      this.host.nativeElement.querySelectorAll<HTMLInputElement>('input[data-testid="goal-target"]'),
    );
  }

  private focusFirstError(): void {
    afterNextRender(
      () => {
        const input = this.targetInputs().find((element) => element.getAttribute('aria-invalid') === 'true');
        input?.scrollIntoView?.({ block: 'center' });
        input?.focus();
      },
      { injector: this.injector },
    );
  }

  private problemText(problem: TargetProblem): string {
    return this.i18n.t(`goals.error.${problem}`);
  }

  private async loadReps(teamId: string | null): Promise<{ teamId: string | null; reps: GridRep[] }> {
    const reps: GridRep[] = [];
    let after: string | null = null;
    for (let page = 0; page < MAX_REP_PAGES; page++) {
      const variables: GoalGridRepsQueryVariables = {
        first: REP_PAGE_SIZE,
        after,
        filter: teamId ? { active: true, teamId, includeSubteams: true } : { active: true },
      };
      const result = await firstValueFrom(this.repsGql.fetch({ variables, fetchPolicy: 'network-only' }));
      const connection: GoalGridRepsQuery['reps'] | undefined = result.data?.reps;
      if (!connection) break;
      reps.push(...connection.edges.map((edge) => edge.node));
      if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
      after = connection.pageInfo.endCursor;
    }
    return { teamId, reps };
  }
}
