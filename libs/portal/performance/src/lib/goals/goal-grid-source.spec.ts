import { ApplicationRef, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  type GoalCellFragment,
  GoalGridActualsGQL,
  GoalGridGQL,
  GoalGridRepsGQL,
  type GoalMetric,
  TeamOptionsGQL,
} from '@salesops/portal/data-access';
import { of, Subject, throwError } from 'rxjs';

import { goalCell } from './goal-fixtures';
import { goalGridSource } from './goal-grid-source';

const TEAMS = [
  { id: 'east', name: 'East', parentId: null },
  { id: 'cara', name: "Cara's team", parentId: 'east' },
];
const REPS = [
  { id: 'r1', name: 'Anna Able', teamId: 'cara', active: true },
  { id: 'r2', name: 'Ben Baker', teamId: 'cara', active: true },
  { id: 'r3', name: 'Cleo Cole', teamId: 'east', active: true },
];

const goal = (overrides: Partial<GoalCellFragment>): GoalCellFragment =>
  goalCell({ currency: 'EUR', ...overrides });

function setup(enabled = true) {
  const mocks = {
    teamsFetch: jest.fn(() =>
      of({
        data: {
          teams: {
            totalCount: TEAMS.length,
            pageInfo: { endCursor: null, hasNextPage: false },
            edges: TEAMS.map((node) => ({ node })),
          },
        },
      }),
    ),
    // One rep per page, to show the pages are followed to the end.
    repsFetch: jest.fn(({ variables }: { variables: { after: string | null } }) => {
      const index = variables.after ? Number(variables.after) : 0;
      const last = index === REPS.length - 1;
      return of({
        data: {
          reps: {
            pageInfo: { endCursor: last ? null : String(index + 1), hasNextPage: !last },
            edges: [{ node: REPS[index] }],
          },
        },
      });
    }),
    goalsFetch: jest.fn(() => of({ data: { goals: [goal({ repId: 'r1', target: '100.00' })] } })),
    actualsFetch: jest.fn(() =>
      of({
        data: {
          goalActuals: [
            { repId: 'r2', teamId: null, actual: '42.00' },
            { repId: null, teamId: 'east', actual: '90.00' },
          ],
        },
      }),
    ),
  };
  TestBed.configureTestingModule({
    providers: [
      { provide: TeamOptionsGQL, useValue: { fetch: mocks.teamsFetch } },
      { provide: GoalGridRepsGQL, useValue: { fetch: mocks.repsFetch } },
      { provide: GoalGridGQL, useValue: { fetch: mocks.goalsFetch } },
      { provide: GoalGridActualsGQL, useValue: { fetch: mocks.actualsFetch } },
    ],
  });
  const query = {
    enabled: signal(enabled),
    period: signal<string | null>('FY2017'),
    metric: signal<GoalMetric>('WON_REVENUE'),
    teamId: signal<string | null>(null),
  };
  const source = TestBed.runInInjectionContext(() => goalGridSource(query));
  return { ...mocks, query, source };
}

const settle = () => TestBed.inject(ApplicationRef).whenStable();

describe('goalGridSource', () => {
  it('should join the teams, every page of reps and the goals into rows in the goals currency', async () => {
    const { source, repsFetch, goalsFetch } = setup();
    expect(source.loading()).toBe(true);
    await settle();

    expect(repsFetch).toHaveBeenCalledTimes(3);
    expect(goalsFetch).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { period: 'FY2017', metric: 'WON_REVENUE', teamId: null } }),
    );
    const grid = source.grid();
    expect(grid).toMatchObject({ period: 'FY2017', metric: 'WON_REVENUE', teamId: null, currency: 'EUR' });
    expect(grid?.rows.map((row) => row.name)).toEqual([
      'East',
      'Cleo Cole',
      "Cara's team",
      'Anna Able',
      'Ben Baker',
    ]);
    expect(grid?.rows.find((row) => row.id === 'r1')?.goal?.target).toBe('100.00');
    // What each subject achieved, goal or not, by row key.
    expect(Object.fromEntries(grid?.actuals ?? [])).toEqual({ 'rep:r2': '42.00', 'team:east': '90.00' });
    expect(source.teams().map((team) => team.id)).toEqual(['east', 'cara']);
    expect(source.loading()).toBe(false);
  });

  it('should fetch nothing and show no grid when disabled (a rep)', async () => {
    const { source, teamsFetch, repsFetch, goalsFetch } = setup(false);
    await settle();

    expect(source.grid()).toBeUndefined();
    expect(source.teams()).toEqual([]);
    expect(teamsFetch).not.toHaveBeenCalled();
    expect(repsFetch).not.toHaveBeenCalled();
    expect(goalsFetch).not.toHaveBeenCalled();
  });

  it('should keep the last grid while the next period loads, and show none without a period', async () => {
    const { source, query, goalsFetch } = setup();
    await settle();
    // Read, as the template does on every render: a linked signal only knows a value it computed.
    expect(source.grid()?.period).toBe('FY2017');
    const next = new Subject<{ data: { goals: GoalCellFragment[] } }>();
    goalsFetch.mockReturnValue(next);

    query.period.set('FY2018');
    TestBed.tick();
    expect(source.loading()).toBe(true);
    expect(source.grid()?.period).toBe('FY2017');

    next.next({ data: { goals: [] } });
    next.complete();
    await settle();
    expect(source.grid()).toMatchObject({ period: 'FY2018', currency: 'USD' });

    query.period.set(null);
    await settle();
    expect(source.grid()).toBeUndefined();
  });

  it('should ask for the reps and goals of the filtered team and its subteams', async () => {
    const { source, query, repsFetch, goalsFetch } = setup();
    await settle();

    query.teamId.set('cara');
    await settle();
    expect(repsFetch).toHaveBeenLastCalledWith(
      expect.objectContaining({
        variables: expect.objectContaining({
          filter: { active: true, teamId: 'cara', includeSubteams: true },
        }),
      }),
    );
    expect(goalsFetch).toHaveBeenLastCalledWith(
      expect.objectContaining({ variables: expect.objectContaining({ teamId: 'cara' }) }),
    );
    expect(source.grid()?.rows[0]).toMatchObject({ id: 'cara', depth: 0 });
  });

  it('should tell a load error and load again only what failed on retry', async () => {
    const { source, teamsFetch, goalsFetch } = setup();
    goalsFetch.mockReturnValueOnce(throwError(() => new Error('offline')));
    await settle();
    expect(source.error()?.message).toBe('offline');
    expect(source.grid()).toBeUndefined();

    source.retry();
    await settle();
    expect(source.error()).toBeUndefined();
    expect(goalsFetch).toHaveBeenCalledTimes(2);
    expect(teamsFetch).toHaveBeenCalledTimes(1);
    expect(source.grid()?.rows).toHaveLength(5);
  });

  it('should fetch the goals again on reloadGoals', async () => {
    const { source, goalsFetch } = setup();
    await settle();
    goalsFetch.mockReturnValue(of({ data: { goals: [goal({ repId: 'r2', target: '5.00' })] } }));

    source.reloadGoals();
    await settle();
    expect(goalsFetch).toHaveBeenCalledTimes(2);
    expect(source.grid()?.rows.find((row) => row.id === 'r2')?.goal?.target).toBe('5.00');
  });
});
