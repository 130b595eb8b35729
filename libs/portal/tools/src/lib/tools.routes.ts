import { type Routes } from '@angular/router';
import { ORG_ROLES, roleGuard } from '@salesops/portal/data-access';
import { resolveTexts } from '@salesops/portal/i18n';

import { toolsTexts } from './i18n/tools-texts';
import { ToolsPageComponent } from './inventory/tools-page.component';
import { MySurveysPageComponent } from './my-surveys/my-surveys-page.component';
import { ScorecardPageComponent } from './scorecard/scorecard-page.component';
import { SurveyEditorPageComponent } from './surveys/survey-editor-page.component';
import { SurveyResultsPageComponent } from './surveys/survey-results-page.component';
import { SurveysPageComponent } from './surveys/surveys-page.component';

/** Sales tools and surveys, loaded lazily by the shell. Guarded here as well as hidden in the nav. */
export const toolsRoutes: Routes = [
  {
    path: '',
    // The area's texts are here before any of its pages is shown (in Korean, fetched the first time).
    resolve: { texts: resolveTexts(toolsTexts) },
    children: [
      {
        path: 'tools',
        component: ToolsPageComponent,
        canActivate: [roleGuard(ORG_ROLES)],
        title: 'nav.salesTools',
      },
      {
        path: 'tools/scorecard',
        component: ScorecardPageComponent,
        canActivate: [roleGuard(['ADMIN'])],
        title: 'nav.scorecard',
      },
      {
        path: 'surveys',
        component: SurveysPageComponent,
        canActivate: [roleGuard(['ADMIN'])],
        title: 'nav.surveys',
      },
      {
        path: 'surveys/new',
        component: SurveyEditorPageComponent,
        canActivate: [roleGuard(['ADMIN'])],
        title: 'nav.surveys',
      },
      {
        path: 'surveys/:id/edit',
        component: SurveyEditorPageComponent,
        canActivate: [roleGuard(['ADMIN'])],
        title: 'nav.surveys',
      },
      {
        path: 'surveys/:id/results',
        component: SurveyResultsPageComponent,
        canActivate: [roleGuard(['ADMIN'])],
        title: 'nav.surveys',
      },
      {
        path: 'my-surveys',
        component: MySurveysPageComponent,
        canActivate: [roleGuard(['REP'])],
        title: 'nav.mySurveys',
      },
    ],
  },
];
