import { type Routes } from '@angular/router';
import { IMPORT_ROLES, PIPELINE_ROLES, roleGuard } from '@salesops/portal/data-access';
import { resolveTexts } from '@salesops/portal/i18n';

import { DealsPageComponent } from './deals/deals-page.component';
import { pipelineTexts } from './i18n/pipeline-texts';
import { ImportsPageComponent } from './imports/imports-page.component';
import { RoutingPageComponent } from './routing/routing-page.component';

/** The pipeline area, loaded lazily by the shell. Guarded here as well as hidden in the nav. */
export const pipelineRoutes: Routes = [
  {
    path: '',
    // The area's texts are here before any of its pages is shown (in Korean, fetched the first time).
    resolve: { texts: resolveTexts(pipelineTexts) },
    children: [
      {
        path: 'deals',
        component: DealsPageComponent,
        canActivate: [roleGuard(PIPELINE_ROLES)],
        title: 'nav.deals',
      },
      {
        path: 'imports',
        component: ImportsPageComponent,
        canActivate: [roleGuard(IMPORT_ROLES)],
        title: 'nav.imports',
      },
      {
        path: 'routing',
        component: RoutingPageComponent,
        canActivate: [roleGuard(IMPORT_ROLES)],
        title: 'nav.routing',
      },
    ],
  },
];
