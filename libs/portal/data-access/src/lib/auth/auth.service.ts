import { inject, Injectable } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

import { LoginGQL, LogoutGQL, type SessionUserFragment } from '../generated';
import { SessionStore } from './session.store';

/** Signs in and out; the session itself lives in SessionStore. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly store = inject(SessionStore);
  private readonly loginGql = inject(LoginGQL);
  private readonly logoutGql = inject(LogoutGQL);
  private readonly apollo = inject(Apollo);

  readonly user = this.store.user;
  readonly role = this.store.role;
  readonly isAuthenticated = this.store.isAuthenticated;

  /** Resolves with the user, or rejects with the GraphQL error (UNAUTHENTICATED for a bad password). */
  async login(email: string, password: string): Promise<SessionUserFragment> {
    const result = await firstValueFrom(
      this.loginGql.mutate({ variables: { input: { email: email.trim(), password } } }),
    );
    const payload = result.data?.login;
    if (!payload) throw new Error('Login answered without data');
    await this.apollo.client.clearStore();
    this.store.set({ token: payload.token, expiresAt: payload.expiresAt, user: payload.user });
    return payload.user;
  }

  /** Ends the session on the server when it can; the local session is cleared either way. */
  async logout(): Promise<void> {
    try {
      if (this.store.token()) await firstValueFrom(this.logoutGql.mutate());
    } catch {
      // An expired or revoked token cannot log out; the user still leaves.
    } finally {
      this.store.clear();
      await this.apollo.client.clearStore();
    }
  }
}
