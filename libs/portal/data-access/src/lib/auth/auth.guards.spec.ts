import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  provideRouter,
  RedirectCommand,
  Router,
  type RouterStateSnapshot,
  type UrlTree,
} from '@angular/router';

import { authGuard, refusedNotice, roleGuard } from './auth.guards';
import { SessionStore } from './session.store';

const future = new Date(Date.now() + 3_600_000).toISOString();
const route = {} as ActivatedRouteSnapshot;
const state = { url: '/reps' } as RouterStateSnapshot;

function signInAs(role: 'ADMIN' | 'MANAGER' | 'REP') {
  TestBed.inject(SessionStore).set({
    token: 't',
    expiresAt: future,
    user: { id: 'u', name: 'U', email: 'u@x.y', role, repId: role === 'REP' ? 'r1' : null },
  });
}

describe('guards', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  it('should send a signed-out user to /login with the return url', () => {
    const result = TestBed.runInInjectionContext(() => authGuard(route, state)) as UrlTree;
    expect(TestBed.inject(Router).serializeUrl(result)).toBe('/login?returnUrl=%2Freps');
  });

  it('should redirect a REP to /me with a notice saying why when the page is for admins and managers', () => {
    signInAs('REP');
    const result = TestBed.runInInjectionContext(() => roleGuard(['ADMIN', 'MANAGER'])(route, state));
    expect(result).toBeInstanceOf(RedirectCommand);
    const redirect = result as RedirectCommand;
    expect(TestBed.inject(Router).serializeUrl(redirect.redirectTo)).toBe('/me');
    expect(redirect.navigationBehaviorOptions?.state).toEqual({ notice: 'access.forStaff.toMe' });
  });

  it('should redirect a MANAGER to the dashboard with a notice when the page is for admins only', () => {
    signInAs('MANAGER');
    const redirect = TestBed.runInInjectionContext(() =>
      roleGuard(['ADMIN'])(route, state),
    ) as RedirectCommand;
    expect(TestBed.inject(Router).serializeUrl(redirect.redirectTo)).toBe('/dashboard');
    expect(redirect.navigationBehaviorOptions?.state).toEqual({ notice: 'access.forAdmins.toDashboard' });
  });

  it('should let a MANAGER in when the page is for admins and managers', () => {
    signInAs('MANAGER');
    expect(TestBed.runInInjectionContext(() => roleGuard(['ADMIN', 'MANAGER'])(route, state))).toBe(true);
  });
});

describe('refusedNotice', () => {
  it("should name the page's audience and the start page when a role is turned away", () => {
    expect(refusedNotice(['ADMIN'], 'REP')).toBe('access.forAdmins.toMe');
    expect(refusedNotice(['ADMIN'], 'MANAGER')).toBe('access.forAdmins.toDashboard');
    expect(refusedNotice(['ADMIN', 'MANAGER'], 'REP')).toBe('access.forStaff.toMe');
    expect(refusedNotice(['MANAGER', 'ADMIN'], 'REP')).toBe('access.forStaff.toMe');
    expect(refusedNotice(['REP'], 'ADMIN')).toBe('access.forReps.toDashboard');
    expect(refusedNotice(['REP'], 'MANAGER')).toBe('access.forReps.toDashboard');
  });

  it('should fall back to a general notice when the audience has no sentence of its own', () => {
    expect(refusedNotice(['MANAGER'], 'ADMIN')).toBe('access.elsewhere');
    expect(refusedNotice(['ADMIN', 'MANAGER'], null)).toBe('access.elsewhere');
  });
});
