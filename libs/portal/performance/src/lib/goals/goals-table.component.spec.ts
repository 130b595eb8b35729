import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { I18nService } from '@salesops/portal/i18n';

import { goalCell } from './goal-fixtures';
import { applyTyping, buildGridRows, type CellEdit, editKey, type GridRow } from './goal-grid';
import { type Grid } from './goal-grid-source';
import { GoalsTableComponent, type TargetTyping } from './goals-table.component';

const goal = goalCell;

const GRID: Grid = {
  period: 'FY2017',
  metric: 'WON_REVENUE',
  teamId: null,
  currency: 'USD',
  // Ben has no goal: his actual comes from goalActuals.
  actuals: new Map([['rep:r2', '42000.00']]),
  rows: buildGridRows(
    [{ id: 'cara', name: "Cara's team", parentId: null }],
    [
      { id: 'r1', name: 'Anna Able', teamId: 'cara' },
      { id: 'r2', name: 'Ben Baker', teamId: 'cara' },
    ],
    [
      goal({ teamId: 'cara', target: '1000000.00', actual: '250000.00' }),
      goal({ repId: 'r1', target: '300000.00', actual: '150000.00' }),
    ],
  ),
};

function row(id: string): GridRow {
  const found = GRID.rows.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

async function render(
  inputs: {
    edits?: ReadonlyMap<string, CellEdit>;
    errors?: Record<string, string>;
    editable?: boolean;
    deletable?: boolean;
  } = {},
): Promise<{ fixture: ComponentFixture<GoalsTableComponent>; element: HTMLElement }> {
  TestBed.inject(I18nService).setLang('en');
  const fixture = TestBed.createComponent(GoalsTableComponent);
  fixture.componentRef.setInput('grid', GRID);
  fixture.componentRef.setInput('edits', inputs.edits ?? new Map());
  fixture.componentRef.setInput('cellErrors', inputs.errors ?? {});
  fixture.componentRef.setInput('editable', inputs.editable ?? true);
  fixture.componentRef.setInput('deletable', inputs.deletable ?? false);
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

function rowOf(element: HTMLElement, name: string): HTMLElement {
  const found = Array.from(element.querySelectorAll<HTMLElement>('tr[mat-row]')).find((candidate) =>
    candidate.querySelector('[data-testid="goal-name"]')?.textContent?.includes(name),
  );
  if (!found) throw new Error(`no row for ${name}`);
  return found;
}

function text(root: HTMLElement, testId: string): string {
  return root.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function targetOf(element: HTMLElement, name: string): HTMLInputElement {
  return rowOf(element, name).querySelector('[data-testid="goal-target"]') as HTMLInputElement;
}

describe('GoalsTableComponent', () => {
  beforeEach(() => localStorage.clear());

  it('should show the stored targets, the actual, attainment and the team against its reps', async () => {
    const { element } = await render();

    expect(targetOf(element, 'Anna Able').value).toBe('300,000');
    expect(targetOf(element, 'Ben Baker').value).toBe('');
    expect(text(rowOf(element, 'Anna Able'), 'goal-actual')).toBe('$150,000');
    expect(text(rowOf(element, 'Anna Able'), 'goal-attainment')).toContain('50%');
    expect(text(rowOf(element, 'Ben Baker'), 'goal-actual')).toBe('$42,000');
    expect(text(rowOf(element, 'Ben Baker'), 'goal-attainment')).not.toContain('%');
    expect(text(rowOf(element, "Cara's team"), 'goal-rep-sum')).toBe('$300,000 1 of 2 reps');
    expect(text(rowOf(element, "Cara's team"), 'goal-gap')).toBe('$700,000 not given to reps');
    const table = element.querySelector('[data-testid="goals-table"]');
    expect(table?.getAttribute('data-period')).toBe('FY2017');
    expect(table?.getAttribute('data-ready')).toBe('true');
  });

  it('should show unsaved edits, follow a valid one in the gap and put messages on their cells', async () => {
    let edits: ReadonlyMap<string, CellEdit> = new Map();
    edits = applyTyping(edits, row('r2'), 'FY2017', 'WON_REVENUE', '800000');
    edits = applyTyping(edits, row('r1'), 'FY2017', 'WON_REVENUE', '12abc');
    const { element } = await render({
      edits,
      errors: { [editKey('FY2017', 'WON_REVENUE', 'team:cara')]: 'Changed by someone else.' },
    });

    expect(targetOf(element, 'Ben Baker').value).toBe('800000');
    expect(targetOf(element, 'Ben Baker').classList).toContain('changed');
    expect(text(rowOf(element, 'Anna Able'), 'goal-error')).toBe('Digits only, like 250,000 or 250000.50');
    expect(targetOf(element, 'Anna Able').getAttribute('aria-invalid')).toBe('true');
    expect(text(rowOf(element, "Cara's team"), 'goal-error')).toBe('Changed by someone else.');
    // The invalid edit counts at its stored value: 300,000 + 800,000 against 1,000,000.
    expect(text(rowOf(element, "Cara's team"), 'goal-gap')).toBe("$100,000 more in reps' goals");
  });

  it('should tell what was typed, when a target is left and when Escape undoes it', async () => {
    const { fixture, element } = await render();
    const typed: TargetTyping[] = [];
    const left: GridRow[] = [];
    const undone: GridRow[] = [];
    fixture.componentInstance.typed.subscribe((event) => typed.push(event));
    fixture.componentInstance.left.subscribe((event) => left.push(event));
    fixture.componentInstance.undone.subscribe((event) => undone.push(event));

    const input = targetOf(element, 'Ben Baker');
    input.value = '42';
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));

    expect(typed).toEqual([{ row: row('r2'), text: '42' }]);
    expect(left).toEqual([row('r2')]);
    expect(undone).toEqual([row('r2')]);
  });

  it('should move between targets with Enter and the arrows', async () => {
    const { element } = await render();
    const inputs = Array.from(element.querySelectorAll<HTMLInputElement>('[data-testid="goal-target"]'));

    inputs[0].focus();
    inputs[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
    expect(document.activeElement).toBe(inputs[1]);
    inputs[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(document.activeElement).toBe(inputs[2]);
    inputs[2].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp' }));
    expect(document.activeElement).toBe(inputs[1]);
  });

  it('should make the targets read-only when not editable, and mark a locked grid', async () => {
    const { fixture, element } = await render({ editable: false });
    fixture.componentRef.setInput('locked', true);
    await fixture.whenStable();

    expect(targetOf(element, 'Anna Able').readOnly).toBe(true);
    const table = element.querySelector('[data-testid="goals-table"]');
    expect(table?.getAttribute('data-ready')).toBe('false');
    expect(table?.getAttribute('data-locked')).toBe('true');
    expect(table?.classList).toContain('locked-grid');
  });

  it('should focus the first target with a message after the next render', async () => {
    const { fixture, element } = await render();
    fixture.componentInstance.focusFirstError();
    fixture.componentRef.setInput('cellErrors', {
      [editKey('FY2017', 'WON_REVENUE', 'rep:r2')]: 'Too large',
      [editKey('FY2017', 'WON_REVENUE', 'rep:r1')]: 'Too large',
    });
    await fixture.whenStable();

    expect(document.activeElement).toBe(targetOf(element, 'Anna Able'));
  });

  it('should offer Delete only when deletable, on rows with a stored goal, and tell which row', async () => {
    const hidden = await render();
    expect(hidden.element.querySelector('[data-testid="goal-delete"]')).toBeNull();

    const { fixture, element } = await render({ deletable: true });
    const requested: GridRow[] = [];
    fixture.componentInstance.deleteRequested.subscribe((event) => requested.push(event));
    const deleteOf = (name: string) =>
      rowOf(element, name).querySelector<HTMLButtonElement>('[data-testid="goal-delete"]');

    expect(deleteOf('Ben Baker')).toBeNull();
    expect(deleteOf('Anna Able')?.getAttribute('aria-label')).toBe('Delete the goal of Anna Able');
    deleteOf('Anna Able')?.click();
    deleteOf("Cara's team")?.click();

    expect(requested).toEqual([row('r1'), row('cara')]);
  });

  it('should make Delete wait on a changed cell, while the grid is not editable and while one is deleted', async () => {
    const edits = applyTyping(new Map(), row('r1'), 'FY2017', 'WON_REVENUE', '1');
    const { fixture, element } = await render({ deletable: true, edits });
    const deleteOf = (name: string) =>
      rowOf(element, name).querySelector<HTMLButtonElement>(
        '[data-testid="goal-delete"]',
      ) as HTMLButtonElement;

    expect(deleteOf('Anna Able').disabled).toBe(true);
    expect(deleteOf("Cara's team").disabled).toBe(false);

    fixture.componentRef.setInput('deleting', 'rep:r1');
    await fixture.whenStable();
    expect(deleteOf("Cara's team").disabled).toBe(true);

    fixture.componentRef.setInput('deleting', null);
    fixture.componentRef.setInput('editable', false);
    await fixture.whenStable();
    expect(deleteOf("Cara's team").disabled).toBe(true);
  });
});
