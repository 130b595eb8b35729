import { type GoalCellFragment } from '@salesops/portal/data-access';

import { buildGridRows, type GridTeam, teamTree } from './goal-grid';
import { type Grid } from './goal-grid-source';
import { copyGoalsDialogData, teamTargetDialogData } from './goals-bulk';

const TEAMS: GridTeam[] = [
  { id: 'east', name: 'East', parentId: null },
  { id: 'cara', name: "Cara's team", parentId: 'east' },
  { id: 'rocco', name: "Rocco's team", parentId: 'east' },
];

function grid(teamId: string | null): Grid {
  const outsider: GoalCellFragment = {
    id: 'g-gone',
    repId: 'gone',
    teamId: null,
    subjectName: 'Old Rep',
    periodKey: 'FY2017',
    metric: 'DEALS_WON',
    target: '3',
    actual: '0',
    attainment: null,
    currency: null,
    version: 1,
  };
  const reps = [
    { id: 'r1', name: 'Anna', teamId: 'cara' },
    { id: 'r2', name: 'Ben', teamId: 'cara' },
    { id: 'r3', name: 'Cleo', teamId: 'east' },
  ];
  return {
    period: 'FY2017',
    metric: 'DEALS_WON',
    teamId,
    currency: 'USD',
    actuals: new Map(),
    rows: buildGridRows(TEAMS, reps, [outsider], teamId),
  };
}

describe('teamTargetDialogData', () => {
  it('should offer the teams with reps directly in them, in tree order, with how many', () => {
    const changed = jest.fn();
    const data = teamTargetDialogData(grid(null), teamTree(TEAMS), changed);

    expect(data).toMatchObject({ period: 'FY2017', metric: 'DEALS_WON', currency: 'USD', teamId: null });
    // Rocco's team has no rep; the rep outside the grid's teams counts nowhere.
    expect(data.teams).toEqual([
      { id: 'east', name: 'East', reps: 1 },
      { id: 'cara', name: "Cara's team", reps: 2 },
    ]);
    data.changed?.();
    expect(changed).toHaveBeenCalled();
  });

  it('should preselect the filtered team only when it has reps of its own', () => {
    expect(teamTargetDialogData(grid('cara'), teamTree(TEAMS), jest.fn()).teamId).toBe('cara');
    expect(teamTargetDialogData(grid('rocco'), teamTree(TEAMS), jest.fn()).teamId).toBeNull();
  });
});

describe('copyGoalsDialogData', () => {
  it('should copy a period into the next one, or fill it from the one before', () => {
    const team = TEAMS[1];
    expect(copyGoalsDialogData('FY2017-Q4', 'forward', team, jest.fn())).toMatchObject({
      fromPeriod: 'FY2017-Q4',
      toPeriod: 'FY2018-Q1',
      teamId: 'cara',
      teamName: "Cara's team",
    });
    expect(copyGoalsDialogData('2017-01', 'fromPrevious', undefined, jest.fn())).toMatchObject({
      fromPeriod: '2016-12',
      toPeriod: '2017-01',
      teamId: null,
      teamName: null,
    });
  });
});
