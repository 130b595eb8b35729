import { type Routes } from '@angular/router';
import { authGuard, guestGuard } from '@salesops/portal/data-access/session';

export const appRoutes: Routes = [
  // Lazy: its form controls (Angular forms, the form field and input) are not needed by a signed-in user.
  {
    path: 'login',
    loadComponent: () => import('./login/login-page.component').then((m) => m.LoginPageComponent),
    canActivate: [guestGuard],
    title: 'auth.title',
  },
  // Lazy too: a signed-out visitor needs neither the shell nor its Material pieces. A signed-in one's is
  // fetched while the app starts (app.config.ts), not after the first navigation asks for it.
  {
    path: '',
    canActivate: [authGuard],
    loadChildren: () => import('./shell/shell.routes').then((m) => m.shellRoutes),
  },
];
