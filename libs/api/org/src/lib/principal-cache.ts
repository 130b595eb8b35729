import { type Principal } from '@salesops/api/core';

/** Tokens remembered per process at most; past it the oldest entry goes. */
export const PRINCIPAL_CACHE_MAX_ENTRIES = 10_000;

/** A token's caller and when the token stops working (null: never, for a key without expiry). */
export interface ResolvedToken {
  principal: Principal;
  endsAt: Date | null;
}

interface Entry {
  principal: Principal;
  /** When the entry stops being served: the TTL after its lookup began, or the session's end if sooner. */
  until: number;
}

/** What `remember` needs to know about a lookup: the epoch and the time it began at. */
export interface Lookup {
  epoch: number;
  at: number;
}

/**
 * The principal of each recently looked-up token, kept for a few seconds (SESSION_CACHE_SECONDS) so a
 * burst of requests with one token costs one lookup. Keyed by the token's SHA-256 (the token itself is
 * never kept), so a token can only ever get the principal its own lookup found. Only live tokens are
 * kept; an unknown or revoked token is looked up every time.
 *
 * Logout, revocation and deactivation on this process call `forget*` after their transaction commits.
 * Each forget also moves `epoch` on, and a lookup that began before it is not kept (`begin`, then
 * `remember`), so a lookup racing a logout cannot put the ended session back. Other processes keep
 * serving their entry until it expires: at most the TTL after the revocation (docs/scaling.md).
 */
export class PrincipalCache {
  private readonly entries = new Map<string, Entry>();
  private epoch = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = PRINCIPAL_CACHE_MAX_ENTRIES,
    private readonly now: () => number = Date.now,
  ) {}

  /** A copy of the cached principal for this token hash, while its entry lasts. */
  get(tokenHash: string): Principal | null {
    const entry = this.entries.get(tokenHash);
    if (!entry) return null;
    if (this.now() >= entry.until) {
      this.entries.delete(tokenHash);
      return null;
    }
    return copy(entry.principal);
  }

  /** Taken before a lookup and passed to `remember` after it. */
  begin(): Lookup {
    return { epoch: this.epoch, at: this.now() };
  }

  /**
   * Keeps what a lookup found, unless something was forgotten since the lookup began, caching is off, or
   * the session has ended. The entry's TTL counts from when the lookup began, not when it answered, so
   * on every process a token revoked at time t is refused from t + TTL on, however long lookups take.
   */
  remember(tokenHash: string, principal: Principal, endsAt: Date | null, lookup: Lookup): void {
    if (this.ttlMs <= 0 || lookup.epoch !== this.epoch) return;
    const until = Math.min(lookup.at + this.ttlMs, endsAt?.getTime() ?? Infinity);
    if (until <= this.now()) return;
    this.entries.delete(tokenHash);
    this.entries.set(tokenHash, { principal: copy(principal), until });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }

  /** A session ended or an API key revoked or deleted (`sessionId` is the key's id for a key). */
  forgetSession(sessionId: string): void {
    this.forget((principal) => principal.sessionId === sessionId);
  }

  /** Users whose sign-in ended (erased): their sessions and the API keys they created. */
  forgetUsers(userIds: readonly string[]): void {
    this.forget((principal) => userIds.includes(principal.userId));
  }

  /** A rep deactivated: every session of the users signing in as that rep. */
  forgetRep(repId: string): void {
    this.forget((principal) => principal.repId === repId);
  }

  private forget(matches: (principal: Principal) => boolean): void {
    this.epoch++;
    for (const [tokenHash, entry] of this.entries) {
      if (matches(entry.principal)) this.entries.delete(tokenHash);
    }
  }
}

function copy(principal: Principal): Principal {
  return principal.scopes ? { ...principal, scopes: [...principal.scopes] } : { ...principal };
}
