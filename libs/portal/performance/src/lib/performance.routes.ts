import { type Routes } from '@angular/router';
import { ORG_ROLES, roleGuard } from '@salesops/portal/data-access';
import { resolveTexts } from '@salesops/portal/i18n';

import { ComparisonPageComponent } from './comparison/comparison-page.component';
import { DashboardPageComponent } from './dashboard/dashboard-page.component';
import { goalsLeaveGuard } from './goals/goals-leave.guard';
import { GoalsPageComponent } from './goals/goals-page.component';
import { performanceTexts } from './i18n/performance-texts';
import { LeaderboardPageComponent } from './leaderboard/leaderboard-page.component';
import { RepPageComponent } from './rep/rep-page.component';

/** The performance area, loaded lazily by the shell; the API scopes every row to the caller. */
export const performanceRoutes: Routes = [
  {
    path: '',
    // The area's texts are here before any of its pages is shown (in Korean, fetched the first time).
    resolve: { texts: resolveTexts(performanceTexts) },
    children: [
      {
        path: 'dashboard',
        component: DashboardPageComponent,
        canActivate: [roleGuard(ORG_ROLES)],
        title: 'nav.dashboard',
      },
      { path: 'performance', component: LeaderboardPageComponent, title: 'nav.performance' },
      {
        path: 'comparison',
        component: ComparisonPageComponent,
        canActivate: [roleGuard(ORG_ROLES)],
        title: 'nav.comparison',
      },
      // One rep before a one-on-one: admins and managers (the API answers NOT_FOUND outside a manager's teams).
      {
        path: 'reps/:repId',
        component: RepPageComponent,
        canActivate: [roleGuard(ORG_ROLES)],
        title: 'rep.title',
      },
      // Every role: reps see their own goals read-only; admins and managers edit.
      { path: 'goals', component: GoalsPageComponent, canDeactivate: [goalsLeaveGuard], title: 'nav.goals' },
    ],
  },
];
