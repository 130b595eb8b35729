import { createHash } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, AuditService, auditSummary, inTransaction } from '@salesops/api/core';
import { DataSource, type EntityManager } from 'typeorm';

import { PrincipalCache } from './principal-cache';
import { RepEntity } from './rep.entity';
import {
  deleteSessionsOfUsers,
  eraseUser,
  lockUsersOfRep,
  revokeKeysCreatedBy,
  scrubAuditEvents,
  setAuditErasure,
} from './rep-erasure.queries';

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
    private readonly principals: PrincipalCache,
  ) {}

  async erase(id: string): Promise<RepEntity> {
    let erasedUsers: string[] = [];
    const erased = await inTransaction(this.dataSource, async (manager) => {
      const rep = await manager.findOne(RepEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!rep) throw AppError.notFound('Rep');
      if (rep.email.endsWith(`@${ERASED_EMAIL_DOMAIN}`))
        throw AppError.conflict('This rep was erased already', 'id');
      if (rep.active) throw AppError.badInput('id', 'is an active rep: deactivate them first');
      const pseudonym = pseudonymFor(id);
      const users = await lockUsersOfRep(manager, id);
      const userIds = users.map((user) => user.id);
      erasedUsers = userIds;
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
        await eraseUser(manager, user.id, pseudonym, erasedEmailFor(user.id));
      }
      const sessions = await deleteSessionsOfUsers(manager, userIds);
      const keys = await revokeKeysCreatedBy(manager, userIds);
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
    // After the commit, so a lookup on this process cannot find the sessions and keys again (PrincipalCache).
    this.principals.forgetUsers(erasedUsers);
    return erased;
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
  await setAuditErasure(manager, true);
  for (const [old, replacement] of replacements) {
    if (!old || old === replacement) continue;
    const ids = await scrubAuditEvents(manager, { repId, userIds, old, replacement });
    ids.forEach((eventId) => changed.add(eventId));
  }
  await setAuditErasure(manager, false);
  return changed.size;
}
