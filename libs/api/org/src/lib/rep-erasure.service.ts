import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, AuditService, auditSummary, inTransaction } from '@salesops/api/core';
import { DataSource, type EntityManager } from 'typeorm';

import { RepEntity } from './rep.entity';

/** Where erased people's addresses point: `.invalid` is reserved, so nothing is ever delivered. */
export const ERASED_EMAIL_DOMAIN = 'erased.invalid';

/** The stable pseudonym of an erased rep: the same id always gives the same name. */
export function pseudonymFor(repId: string): string {
  return `Former rep ${createHash('sha256').update(repId).digest('hex').slice(0, 4).toUpperCase()}`;
}

/** An unroutable, unique placeholder for an erased person's email. */
export function erasedEmailFor(id: string): string {
  return `erased-${id}@${ERASED_EMAIL_DOMAIN}`;
}

/**
 * Erasing a departed rep's personal data on request (docs/decisions/0019): name and email become a
 * pseudonym and a placeholder, their sign-in goes, their figures stay under the pseudonym.
 */
@Injectable()
export class RepErasureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async erase(id: string): Promise<RepEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const rep = await manager.findOne(RepEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!rep) throw AppError.notFound('Rep');
      if (rep.email.endsWith(`@${ERASED_EMAIL_DOMAIN}`))
        throw AppError.conflict('This rep was erased already', 'id');
      if (rep.active) throw AppError.badInput('id', 'is an active rep: deactivate them first');
      const pseudonym = pseudonymFor(id);
      const users: { id: string; name: string; email: string }[] = await manager.query(
        'SELECT id, name, email FROM app_user WHERE rep_id = $1 FOR UPDATE',
        [id],
      );
      const userIds = users.map((user) => user.id);
      await manager.update(
        RepEntity,
        { id },
        {
          name: pseudonym,
          email: erasedEmailFor(id),
          updatedAt: () => 'now()',
          version: () => 'version + 1',
        },
      );
      for (const user of users) {
        await manager.query(
          'UPDATE app_user SET name = $2, email = $3, password_hash = NULL, active = false, updated_at = now(), version = version + 1 WHERE id = $1',
          [user.id, pseudonym, erasedEmailFor(user.id)],
        );
      }
      // TypeORM answers an UPDATE or DELETE with [rows, affected count].
      const [, sessions]: [unknown[], number] = await manager.query(
        'DELETE FROM user_session WHERE user_id = ANY($1::uuid[]) RETURNING id',
        [userIds],
      );
      const [, keys]: [unknown[], number] = await manager.query(
        'UPDATE api_key SET revoked_at = now() WHERE created_by = ANY($1::uuid[]) AND revoked_at IS NULL RETURNING id',
        [userIds],
      );
      const replacements = [
        [rep.name, pseudonym],
        [rep.email, erasedEmailFor(id)],
        ...users.flatMap((user) => [
          [user.name, pseudonym],
          [user.email, erasedEmailFor(user.id)],
        ]),
      ] as [string, string][];
      const events = await scrubAuditTrail(manager, id, userIds, replacements);
      await this.audit.record(manager, {
        action: 'rep.erase',
        entityType: 'rep',
        entityId: id,
        summary: auditSummary('rep.erase', { rep: pseudonym, events }),
        // No before: the old name and email are what this erases.
        after: {
          name: pseudonym,
          userIds,
          sessionsEnded: sessions,
          apiKeysRevoked: keys,
          auditEventsScrubbed: events,
        },
      });
      return manager.findOneByOrFail(RepEntity, { id });
    });
  }
}

/**
 * Replaces the erased names and email addresses in the audit trail: in the events about the rep, those
 * their login made, and those naming them as a whole value of their params, before or after. The trail
 * is append-only by trigger; the trigger lets only this transaction, flagged below, rewrite those text
 * columns (never who, when, what or delete). Returns how many events changed.
 */
async function scrubAuditTrail(
  manager: EntityManager,
  repId: string,
  userIds: string[],
  replacements: [string, string][],
): Promise<number> {
  const changed = new Set<string>();
  await manager.query("SELECT set_config('salesops.audit_erasure', 'on', true)");
  for (const [old, replacement] of replacements) {
    if (!old || old === replacement) continue;
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE audit_event SET
          summary = replace(summary, $1, $2),
          actor_label = replace(actor_label, $1, $2),
          summary_params = replace(summary_params::text, to_jsonb($1::text)::text, to_jsonb($2::text)::text)::jsonb,
          before = replace(before::text, to_jsonb($1::text)::text, to_jsonb($2::text)::text)::jsonb,
          after = replace(after::text, to_jsonb($1::text)::text, to_jsonb($2::text)::text)::jsonb
        WHERE ((entity_type = 'rep' AND entity_id = $3) OR actor_id = ANY($4::uuid[])
               OR jsonb_path_exists(coalesce(summary_params, '{}'), '$.** ? (@ == $v)', jsonb_build_object('v', $1::text))
               OR jsonb_path_exists(coalesce(before, '{}'), '$.** ? (@ == $v)', jsonb_build_object('v', $1::text))
               OR jsonb_path_exists(coalesce(after, '{}'), '$.** ? (@ == $v)', jsonb_build_object('v', $1::text)))
          AND (strpos(summary, $1) > 0 OR strpos(actor_label, $1) > 0 OR strpos(summary_params::text, to_jsonb($1::text)::text) > 0
               OR strpos(before::text, to_jsonb($1::text)::text) > 0 OR strpos(after::text, to_jsonb($1::text)::text) > 0)
        RETURNING id`,
      [old, replacement, repId, userIds],
    );
    rows.forEach((row) => changed.add(row.id));
  }
  await manager.query("SELECT set_config('salesops.audit_erasure', 'off', true)");
  return changed.size;
}
