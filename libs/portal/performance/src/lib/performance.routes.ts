import { type Routes } from '@angular/router';
import { LeaderboardPageComponent } from './leaderboard/leaderboard-page.component';

/** The performance area, loaded lazily by the shell; every role may open it (the API scopes the rows). */
export const performanceRoutes: Routes = [
  { path: 'performance', component: LeaderboardPageComponent, title: 'nav.performance' },
];
