import { type Routes } from '@angular/router';
import { ORG_ROLES, roleGuard } from '@salesops/portal/data-access';

import { ApiKeysPageComponent } from './api-keys/api-keys-page.component';
import { AuditPageComponent } from './audit/audit-page.component';
import { MyProfilePageComponent } from './me/my-profile-page.component';
import { RepsPageComponent } from './reps/reps-page.component';
import { TeamsPageComponent } from './teams/teams-page.component';

/**
 * The org area, loaded lazily by the shell. Admin pages are guarded here as well as hidden in the nav.
 * Titles are translation keys; the shell's title strategy translates them.
 */
export const orgRoutes: Routes = [
  { path: 'teams', component: TeamsPageComponent, canActivate: [roleGuard(ORG_ROLES)], title: 'nav.teams' },
  { path: 'reps', component: RepsPageComponent, canActivate: [roleGuard(ORG_ROLES)], title: 'nav.reps' },
  { path: 'me', component: MyProfilePageComponent, canActivate: [roleGuard(['REP'])], title: 'nav.me' },
  { path: 'audit', component: AuditPageComponent, canActivate: [roleGuard(['ADMIN'])], title: 'nav.audit' },
  {
    path: 'api-keys',
    component: ApiKeysPageComponent,
    canActivate: [roleGuard(['ADMIN'])],
    title: 'nav.apiKeys',
  },
];
