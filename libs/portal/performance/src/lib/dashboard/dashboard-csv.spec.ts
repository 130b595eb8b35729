import { treeCsvRows } from './dashboard-csv';
import { rep, team, usd } from './dashboard-fixtures';
import { buildTeamTree } from './dashboard-tree';

describe('treeCsvRows', () => {
  it('should write every team and its reps depth first with their level and the teams above', () => {
    const roots = buildTeamTree([
      team('r1', null, 'East', {
        reps: 2,
        wonRevenue: usd('300'),
        wonRevenueTarget: usd('600'),
        attainment: 0.5,
      }),
      team('t1', 'r1', 'Alpha, "the" team', { reps: 2, wonRevenue: usd('300') }),
    ]);
    const rows = treeCsvRows(roots, (id) => (id === 't1' ? [rep('p1', 'Alpha, "the" team')] : []));

    expect(rows.map((row) => [row.level, row.kind, row.name, row.path, row.reps])).toEqual([
      [0, 'team', 'East', '', 2],
      [1, 'team', 'Alpha, "the" team', 'East', 2],
      [2, 'rep', 'Rep p1', 'East / Alpha, "the" team', null],
    ]);
    expect(rows[0].target?.amount).toBe('6.00');
    expect(rows[0].attainment).toBe(0.5);
  });
});
