import { rep, team, usd } from './dashboard-fixtures';
import { scopeOf } from './dashboard-scope';
import { type RepsState } from './dashboard-tree';

describe('scopeOf', () => {
  const east = team('east', null, 'East', { reps: 3, wonRevenue: usd('30000') });
  const west = team('west', null, 'West', { reps: 2, wonRevenue: usd('20000') });
  const alpha = team('alpha', 'east', 'Alpha team', { reps: 1, wonRevenue: usd('10000') });
  const byId = new Map([east, west, alpha].map((t) => [t.teamId, t] as const));
  const roots = [east, west];
  const loaded = (teamId: string): RepsState | undefined =>
    teamId === 'alpha'
      ? { status: 'done', rows: [rep('r1', 'Alpha team', { repName: 'Anna', wonRevenue: usd('700') })] }
      : undefined;

  it('should be everything, the sum of the top-level teams, without a selection', () => {
    const scope = scopeOf(null, byId, roots, loaded);

    expect(scope).toMatchObject({ kind: 'all', name: null, teamId: null, repId: null });
    expect(scope.summary.wonRevenue).toEqual({ amount: '500.00', currency: 'USD' });
    expect(scope.summary.reps).toBe(5);
  });

  it('should be a selected team with its own figures', () => {
    const scope = scopeOf({ kind: 'team', teamId: 'alpha' }, byId, roots, loaded);

    expect(scope).toMatchObject({ kind: 'team', name: 'Alpha team', teamName: null, teamId: 'alpha' });
    expect(scope.summary.wonRevenue).toEqual({ amount: '100.00', currency: 'USD' });
  });

  it('should be everything when the selected team is not among the shown ones', () => {
    expect(scopeOf({ kind: 'team', teamId: 'gone' }, byId, roots, loaded).kind).toBe('all');
    expect(scopeOf({ kind: 'rep', repId: 'r1', teamId: 'gone' }, byId, roots, loaded).kind).toBe('all');
  });

  it('should be a selected rep, named with the team they are listed under', () => {
    const scope = scopeOf({ kind: 'rep', repId: 'r1', teamId: 'alpha' }, byId, roots, loaded);

    expect(scope).toMatchObject({
      kind: 'rep',
      name: 'Anna',
      teamName: 'Alpha team',
      teamId: 'alpha',
      repId: 'r1',
    });
    expect(scope.summary.wonRevenue).toEqual({ amount: '7.00', currency: 'USD' });
    expect(scope.summary.reps).toBeNull();
  });

  it('should fall back to the rep’s team while its reps are not loaded or the rep is not among them', () => {
    expect(scopeOf({ kind: 'rep', repId: 'r1', teamId: 'east' }, byId, roots, loaded)).toMatchObject({
      kind: 'team',
      teamId: 'east',
    });
    expect(scopeOf({ kind: 'rep', repId: 'r9', teamId: 'alpha' }, byId, roots, loaded)).toMatchObject({
      kind: 'team',
      teamId: 'alpha',
    });
  });
});
