import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { type Role } from '../generated';
import { SessionStore } from './session.store';

/** Signed-in users only; others go to /login and come back afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  if (inject(SessionStore).token()) return true;
  return inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** Signed-out users only (the login page); a signed-in user goes to their start page. */
export const guestGuard: CanActivateFn = () => {
  const session = inject(SessionStore);
  return session.token() ? inject(Router).createUrlTree([homePath(session.role())]) : true;
};

/** Only the given roles; anyone else is sent to their own start page. */
export function roleGuard(roles: readonly Role[]): CanActivateFn {
  return () => {
    const role = inject(SessionStore).role();
    return role && roles.includes(role) ? true : inject(Router).createUrlTree([homePath(role)]);
  };
}

/** Where a role starts: reps on their profile, everyone else on the performance dashboard. */
export function homePath(role: Role | null): string {
  return role === 'REP' ? '/me' : '/dashboard';
}
