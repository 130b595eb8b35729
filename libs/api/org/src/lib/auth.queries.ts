import { type Principal, runSql, sql } from '@salesops/api/core';
import { type EntityManager } from 'typeorm';

type Runner = Pick<EntityManager, 'query'>;

/** A live session with the user it signs in. */
export interface SessionPrincipalRow {
  session_id: string;
  user_id: string;
  role: Principal['role'];
  rep_id: string | null;
  name: string;
  email: string;
  expires_at: Date;
}

/** The session with this token hash and its user, if it is neither revoked nor expired and the user is active. */
export function liveSessionByHash(runner: Runner, tokenHash: string): Promise<SessionPrincipalRow[]> {
  return runSql(
    runner,
    sql`SELECT s.id AS session_id, u.id AS user_id, u.role, u.rep_id, u.name, u.email, s.expires_at
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = ${tokenHash} AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
  );
}
