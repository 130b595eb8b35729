import { DestroyRef, inject, Injectable, PendingTasks, signal } from '@angular/core';
import { DashboardTeamRepsGQL } from '@salesops/portal/data-access';
import { firstValueFrom, map } from 'rxjs';

import { type RepsState } from './dashboard-tree';

// The API's limit; a team's reps always fit.
const MAX_REPS = 500;

/**
 * The reps of each team, per period, loaded on demand (when a team is expanded, or for the export)
 * and kept for the page's lifetime. Provided by the dashboard page, so a new visit starts afresh.
 */
@Injectable()
export class DashboardRepsStore {
  private readonly repsGql = inject(DashboardTeamRepsGQL);
  private readonly pendingTasks = inject(PendingTasks);

  private readonly states = signal<ReadonlyMap<string, RepsState>>(new Map());
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.destroyed = true));
  }

  /** What is known of a team's reps in a period; undefined before the first load. */
  get(period: string, teamId: string): RepsState | undefined {
    return this.states().get(repsKey(period, teamId));
  }

  /** Whether a team's reps have been asked for in a period (loading, failed or in). */
  has(period: string, teamId: string): boolean {
    return this.states().has(repsKey(period, teamId));
  }

  /** Loads (again) a team's reps, keeping the rows known so far on show while it loads. */
  load(period: string, teamId: string): Promise<RepsState> {
    const key = repsKey(period, teamId);
    const set = (state: RepsState) => {
      if (!this.destroyed) this.states.update((all) => new Map(all).set(key, state));
      return state;
    };
    set({ status: 'loading', rows: this.states().get(key)?.rows ?? [] });
    // A pending task keeps the app "unstable" until the reps are in (tests and prerendering wait for it).
    const done = this.pendingTasks.add();
    return firstValueFrom(
      this.repsGql
        .fetch({ variables: { period, teamId, first: MAX_REPS }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.leaderboard.rows)),
    )
      .then(
        (rows) => set(rows ? { status: 'done', rows } : { status: 'error', rows: [] }),
        () => set({ status: 'error', rows: [] }),
      )
      .finally(done);
  }

  /** The reps of every team given, loading only those not loaded yet. */
  loadAll(period: string, teamIds: readonly string[]): Promise<RepsState[]> {
    return Promise.all(
      teamIds.map((id) => {
        const state = this.get(period, id);
        return state?.status === 'done' ? state : this.load(period, id);
      }),
    );
  }
}

function repsKey(period: string, teamId: string): string {
  return `${period}|${teamId}`;
}
