import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { type GoalMetric } from '@salesops/portal/data-access';
import { I18nService, LocalPercentPipe, TranslatePipe } from '@salesops/portal/i18n';

import { attainmentBand } from '../dashboard/attainment-bar';
import {
  type CellEdit,
  editKey,
  editState,
  gridFigures,
  type GridRow,
  type RowFigures,
  storedTarget,
} from './goal-grid';
import { type Grid } from './goal-grid-source';
import { barWidth, formatUnits, inputTextOf, type TargetProblem } from './goal-target';

/** Everything one target cell shows. */
interface CellView {
  readonly editKey: string;
  readonly text: string;
  readonly changed: boolean;
  readonly error: string | null;
  readonly figures: RowFigures;
}

/** What the user typed into a row's target. */
export interface TargetTyping {
  readonly row: GridRow;
  readonly text: string;
}

/**
 * The goals grid: a row per team and rep with its target as a text input, the actual, attainment,
 * the reps' sum and the gap. It shows the unsaved edits it is given and tells what the user typed;
 * the page decides what becomes of it. Enter and the arrows move between targets. For admins, a row
 * with a stored goal offers Delete (the page confirms and deletes).
 */
@Component({
  selector: 'so-goals-table',
  imports: [MatButtonModule, MatTableModule, MatTooltipModule, LocalPercentPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './goals-table.component.html',
  styleUrl: './goals-table.component.scss',
})
export class GoalsTableComponent {
  readonly grid = input.required<Grid>();
  /** Unsaved cells by edit key; a valid edit counts in the sums and gaps. */
  readonly edits = input.required<ReadonlyMap<string, CellEdit>>();
  /** The API's messages from the last failed save, by edit key. */
  readonly cellErrors = input.required<Readonly<Record<string, string>>>();
  /** Whether the targets take typing; read-only otherwise. */
  readonly editable = input(false);
  /** A closed pay period holds the period: the targets read as plain figures. */
  readonly locked = input(false);
  /** Whether a row's stored goal can be deleted (admins, in an open period): adds a Delete column. */
  readonly deletable = input(false);
  /** The row key whose goal is being deleted, so the Delete buttons wait. */
  readonly deleting = input<string | null>(null);

  readonly typed = output<TargetTyping>();
  /** A target lost focus. */
  readonly left = output<GridRow>();
  /** Escape in a target: undo its edit. */
  readonly undone = output<GridRow>();
  /** Delete on a row with a stored goal (never while the cell has an unsaved change). */
  readonly deleteRequested = output<GridRow>();

  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly columns = computed(() => [
    'name',
    'target',
    'actual',
    'attainment',
    'repSum',
    'gap',
    ...(this.deletable() ? ['actions'] : []),
  ]);

  protected readonly cells = computed(() => {
    const grid = this.grid();
    const views = new Map<string, CellView>();
    const edits = this.edits();
    const errors = this.cellErrors();
    const editOf = (row: GridRow) => edits.get(editKey(grid.period, grid.metric, row.key));
    const figures = gridFigures(
      grid.rows,
      grid.metric,
      (row) => {
        const edit = editOf(row);
        const state = edit ? editState(edit) : null;
        return state?.status === 'changed' ? state.units : storedTarget(row, grid.metric);
      },
      grid.actuals,
    );
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

  /** Moves focus to the first target with a message, once it shows. */
  focusFirstError(): void {
    afterNextRender(
      () => {
        const input = this.targetInputs().find((element) => element.getAttribute('aria-invalid') === 'true');
        input?.scrollIntoView?.({ block: 'center' });
        input?.focus();
      },
      { injector: this.injector },
    );
  }

  // ---- Template helpers ----

  protected cell(row: GridRow): CellView | undefined {
    return this.cells().get(row.key);
  }

  /** A target, actual or sum in the grid's unit: `$250,000`, `$1,000.50`, `12`. */
  protected show(units: bigint | null | undefined, metric: GoalMetric, currency: string): string {
    if (units === null || units === undefined) return '';
    return formatUnits(this.i18n, units, metric, currency);
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

  /** The one attainment colour scale (met / near / behind). */
  protected band(attainment: number | null): string {
    return attainmentBand(attainment);
  }

  protected bar(attainment: number | null): number {
    return barWidth(attainment);
  }

  protected trackRow = (_index: number, row: GridRow) => row.key;

  // ---- Typing ----

  protected onInput(row: GridRow, event: Event): void {
    this.typed.emit({ row, text: (event.target as HTMLInputElement).value });
  }

  /** Enter or arrow down: the next row's target; arrow up: the one above; Escape: undo the cell. */
  protected onKeydown(row: GridRow, event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      this.undone.emit(row);
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

  private targetInputs(): HTMLInputElement[] {
    return Array.from(
      this.host.nativeElement.querySelectorAll<HTMLInputElement>('input[data-testid="goal-target"]'),
    );
  }

  private problemText(problem: TargetProblem): string {
    return this.i18n.t(`goals.error.${problem}`);
  }
}
