import { type Routes } from '@angular/router';
import { ORG_ROLES, roleGuard } from '@salesops/portal/data-access';
import { resolveTexts } from '@salesops/portal/i18n';

import { DashboardPageComponent } from './dashboard/dashboard-page.component';
import { goalsLeaveGuard } from './goals/goals-leave.guard';
import { performanceTexts } from './i18n/performance-texts';

/**
 * The performance area, loaded lazily by the shell; the API scopes every row to the caller. The dashboard,
 * the start page of admins and managers, comes with the area; the other pages each in their own chunk, so
 * that start does not fetch and run their code (goals' grid and dialogs, the comparison, the snack bar).
 */
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
      {
        path: 'performance',
        loadComponent: () =>
          import('./leaderboard/leaderboard-page.component').then((m) => m.LeaderboardPageComponent),
        title: 'nav.performance',
      },
      {
        path: 'comparison',
        loadComponent: () =>
          import('./comparison/comparison-page.component').then((m) => m.ComparisonPageComponent),
        canActivate: [roleGuard(ORG_ROLES)],
        title: 'nav.comparison',
      },
      // One rep before a one-on-one: admins and managers (the API answers NOT_FOUND outside a manager's teams).
      {
        path: 'reps/:repId',
        loadComponent: () => import('./rep/rep-page.component').then((m) => m.RepPageComponent),
        canActivate: [roleGuard(ORG_ROLES)],
        title: 'rep.title',
      },
      // Every role: reps see their own goals read-only; admins and managers edit.
      {
        path: 'goals',
        loadComponent: () => import('./goals/goals-page.component').then((m) => m.GoalsPageComponent),
        canDeactivate: [goalsLeaveGuard],
        title: 'nav.goals',
      },
    ],
  },
];
