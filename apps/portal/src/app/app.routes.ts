import { inject } from '@angular/core';
import { type Routes } from '@angular/router';
import { authGuard, guestGuard, homePath, SessionStore } from '@salesops/portal/data-access';

import { LoginPageComponent } from './login/login-page.component';
import { ShellComponent } from './shell/shell.component';

export const appRoutes: Routes = [
  { path: 'login', component: LoginPageComponent, canActivate: [guestGuard], title: 'auth.title' },
  {
    path: '',
    component: ShellComponent,
    canActivate: [authGuard],
    canActivateChild: [authGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: () => homePath(inject(SessionStore).role()) },
      { path: '', loadChildren: () => import('@salesops/portal/org').then((m) => m.orgRoutes) },
      { path: '', loadChildren: () => import('@salesops/portal/pipeline').then((m) => m.pipelineRoutes) },
      {
        path: '',
        loadChildren: () => import('@salesops/portal/performance').then((m) => m.performanceRoutes),
      },
      { path: '', loadChildren: () => import('@salesops/portal/tools').then((m) => m.toolsRoutes) },
      {
        path: '',
        loadChildren: () => import('@salesops/portal/compensation').then((m) => m.compensationRoutes),
      },
      {
        path: '',
        loadChildren: () => import('@salesops/portal/forecasting').then((m) => m.forecastingRoutes),
      },
      // Lazy, like the areas: eager, it would pull the whole UI library (dialogs and all) into the first load.
      {
        path: '**',
        loadComponent: () =>
          import('./not-found/not-found-page.component').then((m) => m.NotFoundPageComponent),
        title: 'notFound.title',
      },
    ],
  },
];
