import { sql, type SqlFragment } from '@salesops/api/core';

/** The unrevoked sessions of a rep's logins, as a condition on `user_session` (a query builder's WHERE). */
export function unrevokedSessionsOfRep(repId: string): SqlFragment {
  return sql`revoked_at IS NULL AND user_id IN (SELECT id FROM app_user WHERE rep_id = ${repId})`;
}
