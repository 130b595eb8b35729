import { inject } from '@angular/core';
import { Router, type Routes } from '@angular/router';
import { ORG_ROLES, roleGuard } from '@salesops/portal/data-access';
import { resolveTexts } from '@salesops/portal/i18n';

import { DisputesPageComponent } from './disputes/disputes-page.component';
import { compensationTexts } from './i18n/compensation-texts';
import { MyPayPageComponent } from './my-pay/my-pay-page.component';
import { PayPeriodsPageComponent } from './pay-periods/pay-periods-page.component';
import { PlanEditorPageComponent } from './plan-editor/plan-editor-page.component';
import { PlansPageComponent } from './plans/plans-page.component';
import { StatementsPageComponent } from './statements/statements-page.component';

/**
 * Compensation, loaded lazily by the shell. Guarded here as well as hidden in the nav; managers read
 * statements, questions and plans, only admins change them (the API enforces it too).
 */
export const compensationRoutes: Routes = [
  {
    path: '',
    // The area's texts are here before any of its pages is shown (in Korean, fetched the first time).
    resolve: { texts: resolveTexts(compensationTexts) },
    children: [
      {
        path: 'my-pay',
        component: MyPayPageComponent,
        canActivate: [roleGuard(['REP'])],
        title: 'nav.myPay',
      },
      {
        path: 'compensation',
        component: StatementsPageComponent,
        canActivate: [roleGuard(ORG_ROLES)],
        title: 'nav.compStatements',
      },
      {
        path: 'compensation/disputes',
        component: DisputesPageComponent,
        canActivate: [roleGuard(ORG_ROLES)],
        title: 'nav.compDisputes',
      },
      {
        path: 'compensation/plans',
        component: PlansPageComponent,
        canActivate: [roleGuard(ORG_ROLES)],
        title: 'nav.compPlans',
      },
      {
        path: 'compensation/plans/new',
        component: PlanEditorPageComponent,
        canActivate: [roleGuard(['ADMIN'])],
        title: 'compEditor.newTitle',
      },
      {
        path: 'compensation/plans/:versionId',
        component: PlanEditorPageComponent,
        canActivate: [roleGuard(ORG_ROLES)],
        title: 'nav.compPlans',
      },
      // Closing a pay period is final and locks its goals: admins only (the API refuses anyone else too).
      {
        path: 'compensation/pay-periods',
        component: PayPeriodsPageComponent,
        canActivate: [roleGuard(['ADMIN'])],
        title: 'nav.payPeriods',
      },
      // The old address (pay periods were under performance), kept for bookmarks and links, with its ?fy=.
      {
        path: 'pay-periods',
        redirectTo: ({ queryParams }) =>
          inject(Router).createUrlTree(['/compensation/pay-periods'], { queryParams }),
      },
    ],
  },
];
