import { provideHttpClient } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Apollo } from 'apollo-angular';
import { of, throwError } from 'rxjs';

import { provideSalesOpsApollo } from '../apollo/apollo.providers';
import { LoginGQL, LogoutGQL } from '../generated';
import { AuthService } from './auth.service';
import { SESSION_STORAGE_KEY, SessionStore } from './session.store';

const user = {
  id: 'u1',
  name: 'Ada Admin',
  email: 'admin@salesops.demo',
  role: 'ADMIN' as const,
  repId: null,
};
const future = new Date(Date.now() + 3_600_000).toISOString();

describe('AuthService', () => {
  let login: jest.Mock;
  let logout: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    login = jest.fn();
    logout = jest.fn(() => of({ data: { logout: true } }));
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideRouter([]),
        provideSalesOpsApollo(),
        { provide: LoginGQL, useValue: { mutate: login } },
        { provide: LogoutGQL, useValue: { mutate: logout } },
      ],
    });
    jest.spyOn(TestBed.inject(Apollo).client, 'clearStore').mockResolvedValue([]);
  });

  it('should store the token and user when login succeeds', async () => {
    login.mockReturnValue(of({ data: { login: { token: 'tok-1', expiresAt: future, user } } }));
    const auth = TestBed.inject(AuthService);

    await auth.login(' admin@salesops.demo ', 'demo-admin');

    expect(login).toHaveBeenCalledWith({
      variables: { input: { email: 'admin@salesops.demo', password: 'demo-admin' } },
    });
    expect(auth.user()?.name).toBe('Ada Admin');
    expect(auth.role()).toBe('ADMIN');
    expect(TestBed.inject(SessionStore).token()).toBe('tok-1');
    expect(JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? '{}').token).toBe('tok-1');
  });

  it('should keep no session and reject when the password is wrong', async () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'Wrong', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    login.mockReturnValue(throwError(() => error));
    const auth = TestBed.inject(AuthService);

    await expect(auth.login('a@b.c', 'nope')).rejects.toBe(error);
    expect(auth.isAuthenticated()).toBe(false);
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('should call the logout mutation and clear the stored session when logging out', async () => {
    login.mockReturnValue(of({ data: { login: { token: 'tok-2', expiresAt: future, user } } }));
    const auth = TestBed.inject(AuthService);
    await auth.login('admin@salesops.demo', 'demo-admin');

    await auth.logout();

    expect(logout).toHaveBeenCalled();
    expect(auth.user()).toBeNull();
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('should clear the session even when the server refuses the logout', async () => {
    TestBed.inject(SessionStore).set({ token: 'old', expiresAt: future, user });
    logout.mockReturnValue(throwError(() => new Error('offline')));

    await TestBed.inject(AuthService).logout();

    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });
});

describe('SessionStore', () => {
  beforeEach(() => localStorage.clear());

  it('should ignore a stored session when it has expired', () => {
    localStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ token: 't', expiresAt: '2000-01-01T00:00:00Z', user }),
    );
    expect(TestBed.runInInjectionContext(() => new SessionStore()).isAuthenticated()).toBe(false);
  });

  it('should restore a stored session when it is still valid', () => {
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 't', expiresAt: future, user }));
    expect(new SessionStore().user()?.email).toBe('admin@salesops.demo');
  });
});
