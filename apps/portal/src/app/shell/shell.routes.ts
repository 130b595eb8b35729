import { importProvidersFrom, inject } from '@angular/core';
import { MatDialogModule } from '@angular/material/dialog';
import { type Routes } from '@angular/router';
import { authGuard, homePath, SessionStore } from '@salesops/portal/data-access/session';

import { areaMatch } from '../area-paths';
import { AREA_ROUTES } from '../area-routes';
import { formFieldDefaults } from '../form-field-defaults';
import { ShellComponent } from './shell.component';

/** The signed-in part: the shell, the areas in it (each lazy) and the not-found page. */
export const shellRoutes: Routes = [
  {
    path: '',
    component: ShellComponent,
    canActivateChild: [authGuard],
    // Here rather than at the root (form-field-defaults.ts says why); the dialog service with them, so that
    // the dialogs of the pages see the same defaults.
    providers: [formFieldDefaults, importProvidersFrom(MatDialogModule)],
    children: [
      { path: '', pathMatch: 'full', redirectTo: () => homePath(inject(SessionStore).role()) },
      { path: '', canMatch: [areaMatch('org')], loadChildren: AREA_ROUTES.org },
      { path: '', canMatch: [areaMatch('pipeline')], loadChildren: AREA_ROUTES.pipeline },
      { path: '', canMatch: [areaMatch('performance')], loadChildren: AREA_ROUTES.performance },
      { path: '', canMatch: [areaMatch('tools')], loadChildren: AREA_ROUTES.tools },
      { path: '', canMatch: [areaMatch('compensation')], loadChildren: AREA_ROUTES.compensation },
      { path: '', canMatch: [areaMatch('forecasting')], loadChildren: AREA_ROUTES.forecasting },
      // Lazy, like the areas: eager, it would pull the whole UI library (dialogs and all) into the first load.
      {
        path: '**',
        loadComponent: () =>
          import('../not-found/not-found-page.component').then((m) => m.NotFoundPageComponent),
        title: 'notFound.title',
      },
    ],
  },
];
