import { rep, team } from './dashboard-fixtures';
import { allNodes, buildTeamTree, repsUnder, visibleRows } from './dashboard-tree';

describe('buildTeamTree', () => {
  it('should nest teams under their parent and sort siblings by name when given a region tree', () => {
    const roots = buildTeamTree([
      team('t2', 'r1', 'Zeta team'),
      team('r2', null, 'West'),
      team('t1', 'r1', 'Alpha team'),
      team('r1', null, 'East'),
      team('t3', 'r2', 'Gamma team'),
    ]);

    expect(roots.map((node) => node.team.name)).toEqual(['East', 'West']);
    expect(roots[0].children.map((node) => node.team.name)).toEqual(['Alpha team', 'Zeta team']);
    expect(roots[0].children[0].depth).toBe(1);
    expect(roots[0].children[0].path).toEqual(['East']);
    expect(allNodes(roots).map((node) => node.team.teamId)).toEqual(['r1', 't1', 't2', 'r2', 't3']);
  });

  it('should make a team a root when its parent is outside the caller’s reach (a manager’s own team)', () => {
    const roots = buildTeamTree([
      team('mine', 'region-i-cannot-see', 'Melvin’s team'),
      team('sub', 'mine', 'Melvin’s pod'),
    ]);

    expect(roots).toHaveLength(1);
    expect(roots[0].team.teamId).toBe('mine');
    expect(roots[0].depth).toBe(0);
    expect(roots[0].children.map((node) => node.team.teamId)).toEqual(['sub']);
  });

  it('should keep every team, as roots, when parentIds form a loop', () => {
    const roots = buildTeamTree([team('a', 'b', 'A'), team('b', 'a', 'B'), team('c', 'c', 'C')]);

    expect(
      allNodes(roots)
        .map((node) => node.team.teamId)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
  });

  it('should give no roots when there are no teams', () => {
    expect(buildTeamTree([])).toEqual([]);
  });
});

describe('visibleRows', () => {
  const roots = buildTeamTree([
    team('r1', null, 'East'),
    team('t1', 'r1', 'Alpha team'),
    team('t2', 'r1', 'Beta team'),
  ]);

  it('should show only the roots when nothing is expanded', () => {
    expect(visibleRows(roots, new Set(), () => undefined).map((row) => row.key)).toEqual(['team:r1']);
  });

  it('should list subteams, then the reps, with one more level of indent, when teams are expanded', () => {
    const rows = visibleRows(roots, new Set(['r1', 't1']), (id) =>
      id === 't1'
        ? { status: 'done', rows: [rep('p1', 'Alpha team', { teamId: 't1' }), rep('p2', 'Elsewhere')] }
        : {
            status: 'done',
            rows: [rep('p1', 'Alpha team', { teamId: 't1' }), rep('p3', 'East', { teamId: 'r1' })],
          },
    );

    expect(rows.map((row) => [row.key, row.level])).toEqual([
      ['team:r1', 0],
      ['team:t1', 1],
      ['rep:t1:p1', 2],
      ['rep:t1:p2', 2],
      ['team:t2', 1],
      ['rep:r1:p3', 1],
    ]);
    const moved = rows.find((row) => row.key === 'rep:t1:p2');
    expect(moved?.kind === 'rep' && moved.movedTo).toBe('Elsewhere');
  });

  it('should say when the reps are loading, failed or there are none', () => {
    const leaf = buildTeamTree([team('a', null, 'A'), team('b', null, 'B'), team('c', null, 'C')]);
    const rows = visibleRows(leaf, new Set(['a', 'b', 'c']), (id) =>
      id === 'a' ? undefined : id === 'b' ? { status: 'error', rows: [] } : { status: 'done', rows: [] },
    );

    expect(
      rows.filter((row) => row.kind === 'status').map((row) => row.kind === 'status' && row.status),
    ).toEqual(['loading', 'error', 'empty']);
  });
});

describe('repsUnder', () => {
  it('should list only the reps directly in a team that has subteams', () => {
    const [region] = buildTeamTree([team('r1', null, 'East'), team('t1', 'r1', 'Alpha team')]);
    const rows = [rep('p1', 'Alpha team', { teamId: 't1' }), rep('p2', 'East', { teamId: 'r1' })];

    expect(repsUnder(region, rows).map((row) => row.repId)).toEqual(['p2']);
    expect(repsUnder(region.children[0], rows).map((row) => row.repId)).toEqual(['p1', 'p2']);
  });

  it('should tell a team from a subteam of the same name (names are unique among siblings only)', () => {
    const [region] = buildTeamTree([team('r1', null, 'East'), team('t1', 'r1', 'East')]);
    const rows = [rep('p1', 'East', { teamId: 't1' }), rep('p2', 'East', { teamId: 'r1' })];

    expect(repsUnder(region, rows).map((row) => row.repId)).toEqual(['p2']);
  });
});
