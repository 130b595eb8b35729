import { ApplicationRef, createEnvironmentInjector, EnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DashboardTeamRepsGQL } from '@salesops/portal/data-access';
import { of, Subject, throwError } from 'rxjs';

import { rep } from './dashboard-fixtures';
import { type RepRow } from './dashboard-model';
import { DashboardRepsStore } from './dashboard-reps.store';

type Answer = { data?: { leaderboard: { rows: RepRow[] } } };

function setup(fetch: jest.Mock) {
  TestBed.configureTestingModule({
    providers: [DashboardRepsStore, { provide: DashboardTeamRepsGQL, useValue: { fetch } }],
  });
  return TestBed.inject(DashboardRepsStore);
}

const answer = (...rows: RepRow[]) => of<Answer>({ data: { leaderboard: { rows } } });

describe('DashboardRepsStore', () => {
  it('should load a team’s reps of a period, and know them for that period only', async () => {
    const fetch = jest.fn(() => answer(rep('r1', 'East')));
    const store = setup(fetch);

    expect(store.has('FY2017', 'east')).toBe(false);
    const state = await store.load('FY2017', 'east');

    expect(fetch).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { period: 'FY2017', teamId: 'east', first: 500 } }),
    );
    expect(state.status).toBe('done');
    expect(store.get('FY2017', 'east')?.rows.map((row) => row.repId)).toEqual(['r1']);
    expect(store.has('FY2017', 'east')).toBe(true);
    expect(store.get('FY2017-Q3', 'east')).toBeUndefined();
  });

  it('should keep the rows known so far on show while loading again', async () => {
    const again = new Subject<Answer>();
    const fetch = jest
      .fn()
      .mockReturnValueOnce(answer(rep('r1', 'East')))
      .mockReturnValueOnce(again);
    const store = setup(fetch);
    await store.load('FY2017', 'east');

    const reloading = store.load('FY2017', 'east');
    expect(store.get('FY2017', 'east')).toMatchObject({ status: 'loading', rows: [{ repId: 'r1' }] });

    again.next({ data: { leaderboard: { rows: [rep('r2', 'East')] } } });
    again.complete();
    await reloading;
    expect(store.get('FY2017', 'east')?.rows.map((row) => row.repId)).toEqual(['r2']);
  });

  it('should be in error, with no rows, when the request fails or answers nothing', async () => {
    const fetch = jest
      .fn()
      .mockReturnValueOnce(throwError(() => new Error('offline')))
      .mockReturnValueOnce(of<Answer>({}));
    const store = setup(fetch);

    await expect(store.load('FY2017', 'east')).resolves.toEqual({ status: 'error', rows: [] });
    await expect(store.load('FY2017', 'west')).resolves.toEqual({ status: 'error', rows: [] });
    expect(store.get('FY2017', 'east')?.status).toBe('error');
  });

  it('should load for loadAll only the teams whose reps are not in yet, answering in the order asked', async () => {
    const fetch = jest
      .fn()
      .mockReturnValueOnce(answer(rep('r1', 'East')))
      .mockReturnValueOnce(throwError(() => new Error('offline')))
      .mockReturnValue(answer(rep('r2', 'West')));
    const store = setup(fetch);
    await store.load('FY2017', 'east');
    await store.load('FY2017', 'west');

    const states = await store.loadAll('FY2017', ['west', 'east', 'north']);

    expect(fetch).toHaveBeenCalledTimes(4);
    expect(fetch.mock.calls.slice(2).map(([options]) => options.variables.teamId)).toEqual(['west', 'north']);
    expect(states.map((state) => state.status)).toEqual(['done', 'done', 'done']);
    expect(states[1].rows.map((row) => row.repId)).toEqual(['r1']);
  });

  it('should keep the app unstable until the reps are in', async () => {
    const pending = new Subject<Answer>();
    const store = setup(jest.fn(() => pending));
    let stable = false;

    const loading = store.load('FY2017', 'east');
    void TestBed.inject(ApplicationRef)
      .whenStable()
      .then(() => (stable = true));
    await new Promise((resolve) => setTimeout(resolve));
    expect(stable).toBe(false);

    pending.next({ data: { leaderboard: { rows: [] } } });
    pending.complete();
    await loading;
    await TestBed.inject(ApplicationRef).whenStable();
    expect(stable).toBe(true);
  });

  it('should record nothing once its page is gone', async () => {
    const pending = new Subject<Answer>();
    TestBed.configureTestingModule({
      providers: [{ provide: DashboardTeamRepsGQL, useValue: { fetch: () => pending } }],
    });
    const page = createEnvironmentInjector([DashboardRepsStore], TestBed.inject(EnvironmentInjector));
    const store = page.get(DashboardRepsStore);

    const loading = store.load('FY2017', 'east');
    page.destroy();
    pending.next({ data: { leaderboard: { rows: [rep('r1', 'East')] } } });
    pending.complete();

    await expect(loading).resolves.toMatchObject({ status: 'done' });
    expect(store.get('FY2017', 'east')?.status).toBe('loading');
  });
});
