import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { I18nService } from '@salesops/portal/i18n';

import { GoalEdits, MAX_GOALS_PER_SAVE } from './goal-edits';
import { goalCell } from './goal-fixtures';
import { buildGridRows, editKey, type GridRow } from './goal-grid';

const PERIOD = 'FY2017';
const METRIC = 'WON_REVENUE';

const goal = goalCell;

const ROWS = buildGridRows(
  [{ id: 'cara', name: "Cara's team", parentId: null }],
  [
    { id: 'r1', name: 'Anna Able', teamId: 'cara' },
    { id: 'r2', name: 'Ben Baker', teamId: 'cara' },
  ],
  [goal({ repId: 'r1', target: '300000.00', version: 5 })],
);

function row(id: string): GridRow {
  const found = ROWS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

const key = (id: string) => editKey(PERIOD, METRIC, row(id).key);

function setup(send: jest.Mock = jest.fn()): { edits: GoalEdits; send: jest.Mock } {
  const i18n = TestBed.inject(I18nService);
  i18n.setLang('en');
  return { edits: new GoalEdits(i18n, send), send };
}

function conflictOn(field: string, message = 'changed'): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code: 'CONFLICT', field } }] });
}

describe('GoalEdits', () => {
  beforeEach(() => localStorage.clear());

  it('should count changed and invalid cells and be clean when a cell is typed back to its value', () => {
    const { edits } = setup();

    edits.type(PERIOD, METRIC, row('r1'), '350000');
    edits.type(PERIOD, METRIC, row('r2'), '12abc');
    expect(edits.changeCount()).toBe(1);
    expect(edits.invalidCount()).toBe(1);
    expect(edits.dirty()).toBe(true);

    edits.type(PERIOD, METRIC, row('r1'), '300,000');
    edits.undo(key('r2'));
    expect(edits.dirty()).toBe(false);
  });

  it('should tidy a left cell: group a valid target and forget an unchanged one, keep an invalid one', () => {
    const { edits } = setup();
    edits.type(PERIOD, METRIC, row('r1'), '1250000.5');
    edits.type(PERIOD, METRIC, row('r2'), '');
    edits.type(PERIOD, METRIC, row('cara'), '-1');

    edits.tidy(key('r1'));
    edits.tidy(key('r2'));
    edits.tidy(key('cara'));

    expect(edits.byKey().get(key('r1'))?.text).toBe('1,250,000.50');
    expect(edits.byKey().has(key('r2'))).toBe(false);
    expect(edits.byKey().get(key('cara'))?.text).toBe('-1');
  });

  it('should tell the edits of another period or metric than the one shown', () => {
    const { edits } = setup();
    edits.type(PERIOD, METRIC, row('r1'), '1');
    edits.type('FY2018', METRIC, row('r2'), '2');

    expect(edits.outside(PERIOD, METRIC).map((edit) => edit.period)).toEqual(['FY2018']);
    expect(edits.outside(PERIOD, 'DEALS_WON')).toHaveLength(2);
  });

  it('should not send when a cell cannot be saved, and say how many to fix', async () => {
    const { edits, send } = setup();
    edits.type(PERIOD, METRIC, row('r1'), '1');
    edits.type(PERIOD, METRIC, row('r2'), '12abc');

    expect(await edits.save()).toEqual({ kind: 'invalid' });
    expect(send).not.toHaveBeenCalled();
    expect(edits.problem()).toEqual({
      conflict: false,
      messages: ['Nothing was saved. Fix the marked cells first (1).'],
    });
  });

  it(`should refuse more than ${MAX_GOALS_PER_SAVE} goals in one save`, async () => {
    const { edits, send } = setup();
    for (let i = 0; i <= MAX_GOALS_PER_SAVE; i++) edits.type(`FY${2000 + i}`, METRIC, row('r2'), '1');

    expect(await edits.save()).toEqual({ kind: 'tooMany' });
    expect(send).not.toHaveBeenCalled();
    expect(edits.problem()?.messages).toEqual([`Save at most ${MAX_GOALS_PER_SAVE} goals at a time.`]);
  });

  it('should do nothing when there is no change', async () => {
    const { edits, send } = setup();

    expect(await edits.save()).toEqual({ kind: 'skipped' });
    expect(send).not.toHaveBeenCalled();
  });

  it('should send every change in one call, clear the edits and tell how many the API stored', async () => {
    const { edits, send } = setup(jest.fn().mockResolvedValue(7));
    edits.type(PERIOD, METRIC, row('r1'), '350000');
    edits.type(PERIOD, METRIC, row('r2'), '100');

    const saving = edits.save();
    expect(edits.saving()).toBe(true);
    // A second click while the first save runs sends nothing.
    expect(await edits.save()).toEqual({ kind: 'skipped' });
    expect(await saving).toEqual({ kind: 'saved', count: 7 });

    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0][0]).toEqual([
      { repId: 'r1', period: PERIOD, metric: METRIC, target: '350000.00', expectedVersion: 5 },
      { repId: 'r2', period: PERIOD, metric: METRIC, target: '100.00', expectedVersion: 0 },
    ]);
    expect(edits.saving()).toBe(false);
    expect(edits.dirty()).toBe(false);
  });

  it('should count the goals sent when the API does not say how many it stored', async () => {
    const { edits } = setup(jest.fn().mockResolvedValue(undefined));
    edits.type(PERIOD, METRIC, row('r1'), '1');

    expect(await edits.save()).toEqual({ kind: 'saved', count: 1 });
  });

  it('should mark the overtaken cell on CONFLICT, keep every edit, and drop only that one on reload', async () => {
    const { edits } = setup(jest.fn().mockRejectedValue(conflictOn('goals.0.target')));
    edits.type(PERIOD, METRIC, row('r1'), '1');
    edits.type(PERIOD, METRIC, row('r2'), '2');

    expect(await edits.save()).toEqual({ kind: 'failed', locked: false });
    expect(edits.cellErrors()).toEqual({
      [key('r1')]: 'Changed by someone else. Reload to see the new value.',
    });
    expect(edits.problem()?.conflict).toBe(true);
    expect(edits.problem()?.messages[0]).toContain('Anna Able');
    expect(edits.changeCount()).toBe(2);

    edits.dropOvertaken();
    expect([...edits.byKey().keys()]).toEqual([key('r2')]);
    expect(edits.cellErrors()).toEqual({});
    expect(edits.problem()).toBeNull();
  });

  it('should say a closed pay period refused the save, in the API words, without offering a reload', async () => {
    const message = 'Goals for FY2017 are locked: the pay period FY2017 is closed';
    const { edits } = setup(jest.fn().mockRejectedValue(conflictOn('goals.0.period', message)));
    edits.type(PERIOD, METRIC, row('r1'), '1');

    expect(await edits.save()).toEqual({ kind: 'failed', locked: true });
    expect(edits.cellErrors()).toEqual({ [key('r1')]: 'Locked: its pay period is closed.' });
    expect(edits.problem()).toEqual({
      conflict: false,
      messages: ['Nothing was saved: goals inside a closed pay period are locked.', message],
    });
  });

  it('should show the general error when no cell is named, and clear a cell message once it is typed in', async () => {
    const send = jest.fn().mockRejectedValue(new Error('offline'));
    const { edits } = setup(send);
    edits.type(PERIOD, METRIC, row('r1'), '1');

    expect(await edits.save()).toEqual({ kind: 'failed', locked: false });
    expect(edits.problem()?.messages[0]).toBe('Nothing was saved.');
    expect(edits.problem()?.messages.join(' ')).toContain('server cannot be reached');

    send.mockRejectedValue(conflictOn('goals.0.target'));
    await edits.save();
    expect(Object.keys(edits.cellErrors())).toEqual([key('r1')]);
    edits.type(PERIOD, METRIC, row('r1'), '2');
    expect(edits.cellErrors()).toEqual({});
  });

  it('should forget edits, messages and the problem on discard', async () => {
    const { edits } = setup(jest.fn().mockRejectedValue(conflictOn('goals.0.target')));
    edits.type(PERIOD, METRIC, row('r1'), '1');
    await edits.save();

    edits.discard();
    expect(edits.dirty()).toBe(false);
    expect(edits.cellErrors()).toEqual({});
    expect(edits.problem()).toBeNull();
  });
});
