import { effect, inject, Injectable, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';

import { PERIOD_EXAMPLES, periodTypeOf } from '../period-picker/period-key';
import { type Selection, toggleRep, toggleTeam } from './dashboard-selection';

// Marks the page's own URL updates, so they are not read back as links to follow.
export const URL_SYNC = 'dashboardUrlSync';

/**
 * The dashboard's period and selected team, kept in the URL (`?period=FY2017-Q3&team=`) so a view
 * can be bookmarked and shared. Provided by the dashboard page: it lives as long as the page.
 */
@Injectable()
export class DashboardUrlStore {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  private readonly query = this.route.snapshot.queryParamMap;
  readonly periodKey = signal<string | null>(validPeriod(this.query.get('period')) ?? PERIOD_EXAMPLES.YEAR);
  readonly selection = signal<Selection | null>(
    this.query.get('team') ? { kind: 'team', teamId: this.query.get('team') as string } : null,
  );

  constructor() {
    // The URL follows the period and the selected team (a rep's team: reps are not bookmarked).
    effect(() => {
      const period = this.periodKey();
      if (!period) return;
      const selection = this.selection();
      void this.router.navigate([], {
        relativeTo: this.route,
        queryParams: { period, team: selection?.teamId },
        replaceUrl: true,
        state: { [URL_SYNC]: true },
      });
    });
    // ...and a link to /dashboard?period=... while the page is open moves it there.
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe((params) => {
      if (this.router.currentNavigation()?.extras.state?.[URL_SYNC]) return;
      const period = validPeriod(params.get('period'));
      if (period && period !== untracked(this.periodKey)) this.periodKey.set(period);
      const team = params.get('team');
      if (team && untracked(this.selection)?.teamId !== team)
        this.selection.set({ kind: 'team', teamId: team });
    });
  }

  selectTeam(teamId: string): void {
    this.selection.set(toggleTeam(this.selection(), teamId));
  }

  selectRep(teamId: string, repId: string): void {
    this.selection.set(toggleRep(this.selection(), teamId, repId));
  }

  clearSelection(): void {
    this.selection.set(null);
  }
}

function validPeriod(value: string | null): string | null {
  const key = value?.trim() ?? '';
  return key && periodTypeOf(key) ? key : null;
}
