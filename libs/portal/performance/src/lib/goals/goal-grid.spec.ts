import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { type GoalCellFragment } from '@salesops/portal/data-access';

import { goalCell } from './goal-fixtures';
import {
  applyTyping,
  buildGridRows,
  type CellEdit,
  editKey,
  editState,
  gridCoverage,
  gridFigures,
  type GridRep,
  type GridTeam,
  pendingChanges,
  saveErrors,
  storedTarget,
  teamTotals,
  teamTree,
} from './goal-grid';

const teams: GridTeam[] = [
  { id: 'west', name: 'West', parentId: null },
  { id: 'east', name: 'East', parentId: null },
  { id: 'cara', name: "Cara's team", parentId: 'east' },
  { id: 'rocco', name: "Rocco's team", parentId: 'east' },
];
const reps: GridRep[] = [
  { id: 'r2', name: 'Zoe', teamId: 'cara' },
  { id: 'r1', name: 'Anna', teamId: 'cara' },
  { id: 'r3', name: 'Ben', teamId: 'rocco' },
];

const goal = (overrides: Partial<GoalCellFragment>): GoalCellFragment =>
  goalCell({ periodKey: 'FY2019', ...overrides });

describe('buildGridRows', () => {
  it('should list each team, then its reps by name, then the teams below it, when building the grid', () => {
    const rows = buildGridRows(teams, reps, []);
    expect(rows.map((row) => `${row.depth}:${row.name}`)).toEqual([
      '0:East',
      "1:Cara's team",
      '2:Anna',
      '2:Zoe',
      "1:Rocco's team",
      '2:Ben',
      '0:West',
    ]);
    expect(rows.find((row) => row.id === 'east')?.repKeys).toEqual(['rep:r1', 'rep:r2', 'rep:r3']);
    expect(rows.find((row) => row.id === 'cara')?.repKeys).toEqual(['rep:r1', 'rep:r2']);
  });

  it('should attach the goals and leave subjects without a goal empty', () => {
    const rows = buildGridRows(teams, reps, [
      goal({ repId: 'r1', target: '100.00' }),
      goal({ teamId: 'cara', target: '500.00' }),
    ]);
    expect(rows.find((row) => row.id === 'r1')?.goal?.target).toBe('100.00');
    expect(rows.find((row) => row.id === 'cara')?.goal?.target).toBe('500.00');
    expect(rows.find((row) => row.id === 'r2')?.goal).toBeNull();
  });

  it('should show only the chosen team and its subtree when filtered', () => {
    const rows = buildGridRows(teams, reps, [], 'east');
    expect(rows[0]).toMatchObject({ id: 'east', depth: 0 });
    expect(rows.some((row) => row.id === 'west')).toBe(false);
    expect(rows.map((row) => row.id)).toEqual(['east', 'cara', 'r1', 'r2', 'rocco', 'r3']);
  });

  it('should keep a goal of a rep who is not listed (inactive) at the end instead of hiding it', () => {
    const rows = buildGridRows(teams, reps, [
      goal({ repId: 'gone', subjectName: 'Old Rep', target: '5.00' }),
    ]);
    expect(rows.at(-1)).toMatchObject({ key: 'rep:gone', name: 'Old Rep', outside: true });
  });

  it('should treat a team whose parent is out of scope as a top-level team', () => {
    const rows = buildGridRows([{ id: 'mine', name: 'Mine', parentId: 'hidden' }], [], []);
    expect(rows).toHaveLength(1);
    expect(teamTree([{ id: 'mine', name: 'Mine', parentId: 'hidden' }])).toEqual([
      { team: { id: 'mine', name: 'Mine', parentId: 'hidden' }, depth: 0 },
    ]);
  });
});

describe('gridCoverage', () => {
  it('should count the teams and listed reps with a goal, and every goal', () => {
    const rows = buildGridRows(teams, reps, [
      goal({ teamId: 'cara' }),
      goal({ repId: 'r1' }),
      goal({ repId: 'gone', subjectName: 'Old Rep' }),
    ]);
    expect(gridCoverage(rows)).toEqual({ teams: 1, teamTotal: 4, reps: 1, repTotal: 3, goals: 3 });
    expect(gridCoverage([])).toEqual({ teams: 0, teamTotal: 0, reps: 0, repTotal: 0, goals: 0 });
  });
});

describe('edits and the setGoals payload', () => {
  const rows = buildGridRows(teams, reps, [
    goal({ repId: 'r1', target: '100.00', version: 4 }),
    goal({ teamId: 'cara', target: '500.00', version: 2 }),
  ]);
  const row = (id: string) => rows.find((candidate) => candidate.id === id) ?? rows[0];

  function type(entries: [string, string][]): Map<string, CellEdit> {
    let edits = new Map<string, CellEdit>();
    for (const [id, text] of entries) edits = applyTyping(edits, row(id), 'FY2019', 'WON_REVENUE', text);
    return edits;
  }

  it('should send each changed cell once, with the version it was loaded at, when saving', () => {
    const edits = type([
      ['r1', '1'],
      ['r1', '1,500'],
      ['r2', '250000.5'],
      ['cara', '600'],
    ]);
    const pending = pendingChanges(edits);
    expect(pending.goals).toEqual([
      { repId: 'r1', period: 'FY2019', metric: 'WON_REVENUE', target: '1500.00', expectedVersion: 4 },
      { repId: 'r2', period: 'FY2019', metric: 'WON_REVENUE', target: '250000.50', expectedVersion: 0 },
      { teamId: 'cara', period: 'FY2019', metric: 'WON_REVENUE', target: '600.00', expectedVersion: 2 },
    ]);
    expect(pending.keys).toEqual([
      editKey('FY2019', 'WON_REVENUE', 'rep:r1'),
      editKey('FY2019', 'WON_REVENUE', 'rep:r2'),
      editKey('FY2019', 'WON_REVENUE', 'team:cara'),
    ]);
    expect(pending.invalid.size).toBe(0);
  });

  it('should not count a cell typed back to its stored value, or an empty cell without a goal', () => {
    const pending = pendingChanges(
      type([
        ['r1', '100'],
        ['r2', ''],
      ]),
    );
    expect(pending.goals).toEqual([]);
  });

  it('should block saving when a cell is invalid or a stored goal was cleared', () => {
    const edits = type([
      ['r2', '12abc'],
      ['r1', ''],
      ['r3', '10'],
    ]);
    const pending = pendingChanges(edits);
    expect([...pending.invalid.values()]).toEqual(['format', 'required']);
    expect(pending.goals).toHaveLength(1);
    expect(editState([...edits.values()][0])).toEqual({ status: 'invalid', problem: 'format' });
  });

  it('should keep the base version of the first keystroke when the grid reloads in between', () => {
    let edits = applyTyping(new Map(), row('r1'), 'FY2019', 'WON_REVENUE', '1');
    const reloaded = { ...row('r1'), goal: { ...(row('r1').goal as GoalCellFragment), version: 9 } };
    edits = applyTyping(edits, reloaded, 'FY2019', 'WON_REVENUE', '12');
    expect(pendingChanges(edits).goals[0]).toMatchObject({ target: '12.00', expectedVersion: 4 });
  });
});

describe('saveErrors', () => {
  const keys = ['k0', 'k1', 'k2'];

  it('should put each goals.N.field message on the N-th cell sent', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'goals.1.target: must be a non-negative number',
          extensions: {
            code: 'BAD_USER_INPUT',
            fieldErrors: [
              { field: 'goals.1.target', message: 'must be a non-negative number' },
              { field: 'input.goals.2.repId', message: 'is not a rep you manage' },
            ],
          },
        },
      ],
    });
    expect(saveErrors(error, keys)).toEqual({
      cells: { k1: 'must be a non-negative number', k2: 'is not a rep you manage' },
      unplaced: [],
      code: 'BAD_USER_INPUT',
    });
  });

  it('should mark the cell and say CONFLICT when someone else changed the goal', () => {
    const error = {
      errors: [
        {
          message: 'The goal was changed by someone else (now version 3); reload and try again',
          extensions: { code: 'CONFLICT', field: 'goals.0.target' },
        },
      ],
    };
    const shown = saveErrors(error, keys);
    expect(shown.code).toBe('CONFLICT');
    expect(Object.keys(shown.cells)).toEqual(['k0']);
  });

  it('should leave messages without a cell, and index out of range, for the save bar', () => {
    const error = {
      errors: [
        {
          message: 'x',
          extensions: {
            code: 'BAD_USER_INPUT',
            fieldErrors: [
              { field: 'goals', message: 'must contain at most 500 elements' },
              { field: 'goals.7.target', message: 'too big' },
            ],
          },
        },
      ],
    };
    expect(saveErrors(error, keys)).toMatchObject({
      cells: {},
      unplaced: ['must contain at most 500 elements', 'too big'],
    });
  });

  it('should say NETWORK when there is no GraphQL answer', () => {
    expect(saveErrors(new Error('offline'), keys)).toEqual({ cells: {}, unplaced: [], code: 'NETWORK' });
  });
});

describe('teamTotals and gridFigures', () => {
  it('should sum the reps with a goal and subtract from the team target exactly, when amounts exceed 2^53', () => {
    const totals = teamTotals(900719925474099300n, [450359962737049600n, null, 450359962737049601n]);
    expect(totals).toEqual({
      repSum: 900719925474099201n,
      repsWithGoal: 2,
      repsWithoutGoal: 1,
      gap: 99n,
    });
  });

  it('should give a negative gap when the reps are over and none without a team goal', () => {
    expect(teamTotals(100n, [60n, 60n]).gap).toBe(-20n);
    expect(teamTotals(null, [60n]).gap).toBeNull();
  });

  it('should follow an unsaved target in the sums and the attainment', () => {
    const rows = buildGridRows(teams, reps, [
      goal({ teamId: 'east', target: '1000.00', actual: '250.00' }),
      goal({ repId: 'r1', target: '300.00', actual: '150.00' }),
      goal({ repId: 'r3', target: '200.00' }),
    ]);
    const edited = new Map([['rep:r1', 40000n]]);
    const figures = gridFigures(
      rows,
      'WON_REVENUE',
      (row) => edited.get(row.key) ?? storedTarget(row, 'WON_REVENUE'),
    );
    expect(figures.get('team:east')?.totals).toEqual({
      repSum: 60000n,
      repsWithGoal: 2,
      repsWithoutGoal: 1,
      gap: 40000n,
    });
    expect(figures.get('team:east')?.attainment).toBe(0.25);
    expect(figures.get('rep:r1')).toMatchObject({ target: 40000n, actual: 15000n, attainment: 0.375 });
    expect(figures.get('rep:r2')).toMatchObject({
      target: null,
      actual: null,
      attainment: null,
      totals: null,
    });
  });
});
