import { inject, Injectable, Injector } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

import { type SessionUserFragment } from '../generated';
import { SessionStore } from './session.store';

/** Signs in and out; the session itself lives in SessionStore. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly store = inject(SessionStore);
  private readonly injector = inject(Injector);
  private readonly apollo = inject(Apollo);

  readonly user = this.store.user;
  readonly role = this.store.role;
  readonly isAuthenticated = this.store.isAuthenticated;

  /** Resolves with the user, or rejects with the GraphQL error (UNAUTHENTICATED for a bad password). */
  async login(email: string, password: string): Promise<SessionUserFragment> {
    const { LoginGQL } = await generated();
    const result = await firstValueFrom(
      this.injector.get(LoginGQL).mutate({ variables: { input: { email: email.trim(), password } } }),
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
      if (this.store.token()) {
        const { LogoutGQL } = await generated();
        await firstValueFrom(this.injector.get(LogoutGQL).mutate());
      }
    } catch {
      // An expired or revoked token cannot log out; the user still leaves.
    } finally {
      this.store.clear();
      await this.apollo.client.clearStore();
    }
  }
}

// Loaded on use, not imported: the generated file holds every area's services and documents, and the shell,
// which needs this service, would carry all of them in the first load (docs/benchmarks.md).
const generated = () => import('../generated');
