import { computed, Injectable, signal } from '@angular/core';

import { type Role, type SessionUserFragment } from '../generated';

export const SESSION_STORAGE_KEY = 'salesops.session';

export interface Session {
  readonly token: string;
  readonly expiresAt: string;
  readonly user: SessionUserFragment;
}

/**
 * The signed-in session, kept in localStorage so a reload stays signed in.
 * Holds no Apollo dependency, so the Apollo links can read it without an injection cycle.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly state = signal<Session | null>(readSession());

  readonly session = this.state.asReadonly();
  readonly user = computed(() => this.state()?.user ?? null);
  readonly role = computed<Role | null>(() => this.state()?.user.role ?? null);
  readonly isAuthenticated = computed(() => this.state() !== null);

  token(): string | null {
    const session = this.state();
    if (session && isExpired(session)) {
      this.clear();
      return null;
    }
    return session?.token ?? null;
  }

  set(session: Session): void {
    this.state.set(session);
    tryStorage((storage) => storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session)));
  }

  clear(): void {
    this.state.set(null);
    tryStorage((storage) => storage.removeItem(SESSION_STORAGE_KEY));
  }
}

function readSession(): Session | null {
  const raw = tryStorage((storage) => storage.getItem(SESSION_STORAGE_KEY));
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Partial<Session>;
    if (typeof session.token !== 'string' || typeof session.expiresAt !== 'string' || !session.user?.role)
      return null;
    return isExpired(session as Session) ? null : (session as Session);
  } catch {
    return null;
  }
}

function isExpired(session: Session): boolean {
  const expires = Date.parse(session.expiresAt);
  return !Number.isNaN(expires) && expires <= Date.now();
}

function tryStorage<T>(use: (storage: Storage) => T): T | null {
  try {
    return typeof localStorage === 'undefined' ? null : use(localStorage);
  } catch {
    // Disabled storage only costs the reload-survival of the session.
    return null;
  }
}
