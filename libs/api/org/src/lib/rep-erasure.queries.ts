import { runSql, runSqlReturning, sql, type SqlFragment } from '@salesops/api/core';
import { type EntityManager } from 'typeorm';

type Runner = Pick<EntityManager, 'query'>;

/** How many rows an UPDATE or DELETE changed (TypeORM answers one with [rows, affected count]). */
async function changedRows(runner: Runner, statement: SqlFragment): Promise<number> {
  const [, affected] = (await runSql<unknown>(runner, statement)) as [unknown[], number];
  return affected;
}

/** The logins of a rep, locked for update until the transaction ends. */
export function lockUsersOfRep(
  runner: Runner,
  repId: string,
): Promise<{ id: string; name: string; email: string }[]> {
  return runSql(runner, sql`SELECT id, name, email FROM app_user WHERE rep_id = ${repId} FOR UPDATE`);
}

/** Gives a login a new name and email, takes its password and deactivates it, its version one up. */
export async function eraseUser(runner: Runner, id: string, name: string, email: string): Promise<void> {
  await runSql(
    runner,
    sql`UPDATE app_user SET name = ${name}, email = ${email}, password_hash = NULL, active = false, updated_at = now(), version = version + 1 WHERE id = ${id}`,
  );
}

/** Deletes every session of these users; how many there were. */
export function deleteSessionsOfUsers(runner: Runner, userIds: readonly string[]): Promise<number> {
  return changedRows(
    runner,
    sql`DELETE FROM user_session WHERE user_id = ANY(${userIds}::uuid[]) RETURNING id`,
  );
}

/** Revokes now every unrevoked API key these users created; how many there were. */
export function revokeKeysCreatedBy(runner: Runner, userIds: readonly string[]): Promise<number> {
  return changedRows(
    runner,
    sql`UPDATE api_key SET revoked_at = now() WHERE created_by = ANY(${userIds}::uuid[]) AND revoked_at IS NULL RETURNING id`,
  );
}

/** Flags the transaction as an erasure (or no longer), the only one the audit trail's trigger lets rewrite text. */
export async function setAuditErasure(runner: Runner, on: boolean): Promise<void> {
  await runSql(
    runner,
    on
      ? sql`SELECT set_config('salesops.audit_erasure', 'on', true)`
      : sql`SELECT set_config('salesops.audit_erasure', 'off', true)`,
  );
}

/** Where an erased value is replaced in the audit trail. */
export interface AuditScrub {
  /** The rep erased: events about them. */
  repId: string;
  /** Their logins: events these made. */
  userIds: readonly string[];
  old: string;
  replacement: string;
}

/**
 * Replaces a value in the text columns of the audit events about the rep, made by their logins or
 * naming the value as a whole param value (before or after), where it occurs; the ids of the events changed.
 */
export async function scrubAuditEvents(runner: Runner, scrub: AuditScrub): Promise<string[]> {
  const { repId, userIds, old, replacement } = scrub;
  const rows = await runSqlReturning<{ id: string }>(
    runner,
    sql`UPDATE audit_event SET
          summary = replace(summary, ${old}, ${replacement}),
          actor_label = replace(actor_label, ${old}, ${replacement}),
          summary_params = replace(summary_params::text, to_jsonb(${old}::text)::text, to_jsonb(${replacement}::text)::text)::jsonb,
          before = replace(before::text, to_jsonb(${old}::text)::text, to_jsonb(${replacement}::text)::text)::jsonb,
          after = replace(after::text, to_jsonb(${old}::text)::text, to_jsonb(${replacement}::text)::text)::jsonb
        WHERE ((entity_type = 'rep' AND entity_id = ${repId}) OR actor_id = ANY(${userIds}::uuid[])
               OR jsonb_path_exists(coalesce(summary_params, '{}'), '$.** ? (@ == $v)', jsonb_build_object('v', ${old}::text))
               OR jsonb_path_exists(coalesce(before, '{}'), '$.** ? (@ == $v)', jsonb_build_object('v', ${old}::text))
               OR jsonb_path_exists(coalesce(after, '{}'), '$.** ? (@ == $v)', jsonb_build_object('v', ${old}::text)))
          AND (strpos(summary, ${old}) > 0 OR strpos(actor_label, ${old}) > 0 OR strpos(summary_params::text, to_jsonb(${old}::text)::text) > 0
               OR strpos(before::text, to_jsonb(${old}::text)::text) > 0 OR strpos(after::text, to_jsonb(${old}::text)::text) > 0)
        RETURNING id`,
  );
  return rows.map((row) => row.id);
}
