import { rep, team } from './dashboard-fixtures';
import { isRowSelected, toggleRep, toggleTeam } from './dashboard-selection';
import { buildTeamTree, type TreeRow, visibleRows } from './dashboard-tree';

describe('toggleTeam', () => {
  it('should select a team when nothing or something else is selected', () => {
    expect(toggleTeam(null, 'east')).toEqual({ kind: 'team', teamId: 'east' });
    expect(toggleTeam({ kind: 'team', teamId: 'west' }, 'east')).toEqual({ kind: 'team', teamId: 'east' });
    expect(toggleTeam({ kind: 'rep', repId: 'r1', teamId: 'east' }, 'east')).toEqual({
      kind: 'team',
      teamId: 'east',
    });
  });

  it('should go back to everything when the selected team is clicked again', () => {
    expect(toggleTeam({ kind: 'team', teamId: 'east' }, 'east')).toBeNull();
  });
});

describe('toggleRep', () => {
  it('should select a rep under the team they were clicked in', () => {
    expect(toggleRep(null, 'east', 'r1')).toEqual({ kind: 'rep', repId: 'r1', teamId: 'east' });
    expect(toggleRep({ kind: 'rep', repId: 'r1', teamId: 'alpha' }, 'east', 'r1')).toEqual({
      kind: 'rep',
      repId: 'r1',
      teamId: 'east',
    });
  });

  it('should go back to the rep’s team when the selected rep is clicked again', () => {
    expect(toggleRep({ kind: 'rep', repId: 'r1', teamId: 'east' }, 'east', 'r1')).toEqual({
      kind: 'team',
      teamId: 'east',
    });
  });
});

describe('isRowSelected', () => {
  // East has no subteams, so its one rep is listed under it; West stays closed.
  const rows = visibleRows(
    buildTeamTree([team('east', null, 'East'), team('west', null, 'West')]),
    new Set(['east']),
    () => ({ status: 'done', rows: [rep('r1', 'East')] }),
  );
  const row = (key: string) => rows.find((r) => r.key === key) as TreeRow;

  it('should mark the selected team’s row only', () => {
    const selection = { kind: 'team', teamId: 'east' } as const;

    expect(isRowSelected(selection, row('team:east'))).toBe(true);
    expect(isRowSelected(selection, row('team:west'))).toBe(false);
    expect(isRowSelected(selection, row('rep:east:r1'))).toBe(false);
  });

  it('should mark a selected rep under the team they were picked in, and not that team', () => {
    expect(isRowSelected({ kind: 'rep', repId: 'r1', teamId: 'east' }, row('rep:east:r1'))).toBe(true);
    expect(isRowSelected({ kind: 'rep', repId: 'r1', teamId: 'east' }, row('team:east'))).toBe(false);
    expect(isRowSelected({ kind: 'rep', repId: 'r1', teamId: 'west' }, row('rep:east:r1'))).toBe(false);
  });

  it('should mark nothing without a selection, and never a status row', () => {
    const loading = visibleRows(
      buildTeamTree([team('east', null, 'East')]),
      new Set(['east']),
      () => undefined,
    );

    expect(rows.some((r) => isRowSelected(null, r))).toBe(false);
    expect(loading[1].kind).toBe('status');
    expect(isRowSelected({ kind: 'team', teamId: 'east' }, loading[1])).toBe(false);
  });
});
