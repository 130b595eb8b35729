import { inject } from '@angular/core';
import { type CanActivateFn, RedirectCommand, Router } from '@angular/router';
import { type TranslationKey } from '@salesops/portal/i18n';

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

/**
 * Only the given roles; anyone else is sent to their own start page, with a `notice` in the navigation's
 * state saying why (the shell shows it on arrival), so nobody lands on another page without a word.
 */
export function roleGuard(roles: readonly Role[]): CanActivateFn {
  return () => {
    const role = inject(SessionStore).role();
    if (role && roles.includes(role)) return true;
    const home = inject(Router).parseUrl(homePath(role));
    return new RedirectCommand(home, { state: { notice: refusedNotice(roles, role) } });
  };
}

/** Where a role starts: reps on their profile, everyone else on the performance dashboard. */
export function homePath(role: Role | null): string {
  return role === 'REP' ? '/me' : '/dashboard';
}

/** What a user turned away from a page for `roles` is told: whom the page is for, and where they are now. */
export function refusedNotice(roles: readonly Role[], role: Role | null): TranslationKey {
  const only = (...these: Role[]) => roles.length === these.length && these.every((r) => roles.includes(r));
  const toMe = homePath(role) === '/me';
  if (only('ADMIN')) return toMe ? 'access.forAdmins.toMe' : 'access.forAdmins.toDashboard';
  if (only('ADMIN', 'MANAGER') && toMe) return 'access.forStaff.toMe';
  if (only('REP') && !toMe) return 'access.forReps.toDashboard';
  return 'access.elsewhere';
}
