import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  provideRouter,
  Router,
  type RouterStateSnapshot,
  type UrlTree,
} from '@angular/router';
import { authGuard, roleGuard } from './auth.guards';
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

  it('should redirect a REP to /me when the page is for admins and managers', () => {
    signInAs('REP');
    const result = TestBed.runInInjectionContext(() =>
      roleGuard(['ADMIN', 'MANAGER'])(route, state),
    ) as UrlTree;
    expect(TestBed.inject(Router).serializeUrl(result)).toBe('/me');
  });

  it('should let a MANAGER in when the page is for admins and managers', () => {
    signInAs('MANAGER');
    expect(TestBed.runInInjectionContext(() => roleGuard(['ADMIN', 'MANAGER'])(route, state))).toBe(true);
  });
});
