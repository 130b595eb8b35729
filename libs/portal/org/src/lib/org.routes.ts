import { type Routes } from '@angular/router';
import { ORG_ROLES, roleGuard } from '@salesops/portal/data-access';
import { resolveTexts } from '@salesops/portal/i18n';

import { ApiKeysPageComponent } from './api-keys/api-keys-page.component';
import { AuditPageComponent } from './audit/audit-page.component';
import { orgTexts } from './i18n/org-texts';
import { MyProfilePageComponent } from './me/my-profile-page.component';
import { RepsPageComponent } from './reps/reps-page.component';
import { TeamsPageComponent } from './teams/teams-page.component';

/**
 * The org area, loaded lazily by the shell. Admin pages are guarded here as well as hidden in the nav.
 * Titles are translation keys; the shell's title strategy translates them.
 */
export const orgRoutes: Routes = [
  {
    path: '',
    // The area's texts are here before any of its pages is shown (in Korean, fetched the first time).
    resolve: { texts: resolveTexts(orgTexts) },
    children: [
      {
        path: 'teams',
        component: TeamsPageComponent,
        canActivate: [roleGuard(ORG_ROLES)],
        title: 'nav.teams',
      },
      { path: 'reps', component: RepsPageComponent, canActivate: [roleGuard(ORG_ROLES)], title: 'nav.reps' },
      { path: 'me', component: MyProfilePageComponent, canActivate: [roleGuard(['REP'])], title: 'nav.me' },
      {
        path: 'audit',
        component: AuditPageComponent,
        canActivate: [roleGuard(['ADMIN'])],
        title: 'nav.audit',
      },
      {
        path: 'api-keys',
        component: ApiKeysPageComponent,
        canActivate: [roleGuard(['ADMIN'])],
        title: 'nav.apiKeys',
      },
    ],
  },
];
