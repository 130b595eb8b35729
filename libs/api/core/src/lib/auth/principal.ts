import { type Role } from './role';

/** Who is calling: resolved from the bearer token once per request. */
export interface Principal {
  userId: string;
  sessionId: string;
  role: Role;
  repId: string | null;
  name: string;
  email: string;
  /** 'key' for an integrator's API key: admin reads, writes only in the areas its scopes name. */
  kind?: 'user' | 'key';
  /** API keys only: READ, WRITE_ORG, WRITE_PIPELINE, WRITE_GOALS, WRITE_TOOLS, WRITE_FORECASTING, WRITE_COMPENSATION */
  scopes?: string[];
}

/**
 * Who is calling, as one string for per-caller bookkeeping (rate limits, idempotency keys): an API key by
 * its id, a user by their id across all their sessions.
 */
export function callerId(principal: Principal): string {
  return principal.kind === 'key' ? `key:${principal.sessionId}` : `user:${principal.userId}`;
}

export interface PrincipalResolver {
  resolveToken(token: string): Promise<Principal | null>;
}

/** Injection token: the org area provides the resolver that turns a token into a Principal. */
export const PRINCIPAL_RESOLVER = Symbol('PRINCIPAL_RESOLVER');
