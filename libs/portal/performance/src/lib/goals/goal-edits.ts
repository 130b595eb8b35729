import { computed, signal } from '@angular/core';
import { type GoalMetric, type SetGoalInput, shownErrors } from '@salesops/portal/data-access';
import { isPeriodLockedError } from '@salesops/portal/data-access/pay-periods';
import { type I18nService } from '@salesops/portal/i18n';

import {
  applyTyping,
  type CellEdit,
  editKey,
  editState,
  type GridRow,
  pendingChanges,
  saveErrors,
} from './goal-grid';
import { inputTextOf } from './goal-target';

// The API takes at most 500 goals per setGoals.
export const MAX_GOALS_PER_SAVE = 500;

export interface SaveProblem {
  /** Someone else changed a goal in between: the page offers to reload. */
  readonly conflict: boolean;
  readonly messages: readonly string[];
}

/**
 * How a save ended, for the page to follow up: `invalid` and `failed` left messages on cells to
 * focus, `failed` with `locked` means a pay period was closed meanwhile, `skipped` did nothing.
 */
export type SaveOutcome =
  | { readonly kind: 'skipped' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'tooMany' }
  | { readonly kind: 'saved'; readonly count: number }
  | { readonly kind: 'failed'; readonly locked: boolean };

/** Sends goals in one setGoals (all or nothing); resolves to how many the API stored, when it says. */
export type SendGoals = (goals: SetGoalInput[]) => Promise<number | undefined>;

/**
 * The unsaved target edits of the goals grid and their save: what changed, what cannot be saved,
 * and the API's complaints per cell. A plain class, so its rules are tested without a component.
 */
export class GoalEdits {
  private readonly edits = signal<ReadonlyMap<string, CellEdit>>(new Map());
  private readonly errors = signal<Readonly<Record<string, string>>>({});
  private readonly busy = signal(false);
  private readonly lastProblem = signal<SaveProblem | null>(null);

  /** Unsaved cells by edit key (period, metric and subject). */
  readonly byKey = this.edits.asReadonly();
  /** Messages from the last failed save, by edit key. */
  readonly cellErrors = this.errors.asReadonly();
  readonly saving = this.busy.asReadonly();
  readonly problem = this.lastProblem.asReadonly();

  readonly pending = computed(() => pendingChanges(this.edits()));
  readonly changeCount = computed(() => this.pending().goals.length);
  readonly invalidCount = computed(() => this.pending().invalid.size);
  readonly dirty = computed(() => this.changeCount() + this.invalidCount() > 0);

  constructor(
    private readonly i18n: I18nService,
    private readonly send: SendGoals,
  ) {}

  /** The user typed `text` into a row's target in the grid of `period` and `metric`. */
  type(period: string, metric: GoalMetric, row: GridRow, text: string): void {
    this.edits.set(applyTyping(this.edits(), row, period, metric, text));
    this.clearCellError(editKey(period, metric, row.key));
  }

  /** Leaving a cell tidies it: a valid target shows grouped, an unchanged one stops being an edit. */
  tidy(key: string): void {
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

  /** Undoes one cell: back to the stored target, without its message. */
  undo(key: string): void {
    const next = new Map(this.edits());
    next.delete(key);
    this.edits.set(next);
    this.clearCellError(key);
  }

  discard(): void {
    this.edits.set(new Map());
    this.errors.set({});
    this.lastProblem.set(null);
  }

  /** Edits that belong to another period or metric than the one shown. */
  outside(period: string, metric: GoalMetric): CellEdit[] {
    return [...this.edits().values()].filter((edit) => edit.period !== period || edit.metric !== metric);
  }

  /** After a CONFLICT: drops the edits someone else overtook and keeps the rest. */
  dropOvertaken(): void {
    const next = new Map(this.edits());
    for (const key of Object.keys(this.errors())) next.delete(key);
    this.edits.set(next);
    this.errors.set({});
    this.lastProblem.set(null);
  }

  /** Sends every changed cell in one setGoals, unless a cell cannot be saved or one is already running. */
  async save(): Promise<SaveOutcome> {
    if (this.busy()) return { kind: 'skipped' };
    const pending = this.pending();
    if (pending.invalid.size > 0) {
      this.refuse(this.i18n.t('goals.fixFirst', { count: pending.invalid.size }));
      return { kind: 'invalid' };
    }
    if (pending.goals.length === 0) return { kind: 'skipped' };
    if (pending.goals.length > MAX_GOALS_PER_SAVE) {
      this.refuse(this.i18n.t('goals.tooMany', { max: MAX_GOALS_PER_SAVE }));
      return { kind: 'tooMany' };
    }
    this.busy.set(true);
    this.lastProblem.set(null);
    this.errors.set({});
    try {
      const stored = await this.send([...pending.goals]);
      this.edits.set(new Map());
      return { kind: 'saved', count: stored ?? pending.goals.length };
    } catch (error) {
      return { kind: 'failed', locked: this.showSaveError(error, pending.keys) };
    } finally {
      this.busy.set(false);
    }
  }

  private refuse(message: string): void {
    this.lastProblem.set({ conflict: false, messages: [message] });
  }

  /** Puts the API's complaints on their cells and words the problem; true when a pay period locked it. */
  private showSaveError(error: unknown, sentKeys: readonly string[]): boolean {
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
    this.errors.set(cells);
    if (locked) {
      // The API's words name the closed pay period.
      const detail = [...Object.values(shown.cells), ...shown.unplaced];
      this.lastProblem.set({
        conflict: false,
        messages: [this.i18n.t('payPeriods.lock.saveFailed'), ...detail],
      });
      return true;
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
    this.lastProblem.set({ conflict, messages: [headline, ...rest] });
    return false;
  }

  private clearCellError(key: string): void {
    if (!(key in this.errors())) return;
    const next = { ...this.errors() };
    delete next[key];
    this.errors.set(next);
  }
}
