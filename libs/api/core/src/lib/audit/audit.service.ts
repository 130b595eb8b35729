import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { type ConnectionResult } from '../pagination/connection';
import { likePattern } from '../pagination/like-pattern';
import { paginate } from '../pagination/paginate';
import { SortDirection } from '../pagination/sort-direction';
import { type AuditEventsArgs } from './audit.dto';
import { AuditEventEntity } from './audit-event.entity';
import { type AuditSummary } from './audit-summaries';
import { currentRequest } from './request-store';

export interface AuditChange {
  /** What happened, as `area.verb`: `goal.set`, `tool.update`, `survey.publish` */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** One line for people, from the catalogue: `auditSummary('goal.set', { subject, period, … })` */
  summary: AuditSummary;
  before?: unknown;
  after?: unknown;
}

/** Keys never written to the trail, wherever they appear. */
const SECRET_KEYS =
  /^(password|password_hash|passwordHash|token|token_hash|tokenHash|secret|key_hash|keyHash)$/;

/** The audit trail: written with each change, in its transaction; read by admins; never changed. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records a change through the transaction that makes it, so both happen or neither does. */
  async record(manager: EntityManager, change: AuditChange): Promise<void> {
    const principal = currentRequest()?.principal;
    await manager.query(
      `INSERT INTO audit_event (id, actor_id, actor_label, action, entity_type, entity_id, summary, summary_key, summary_params, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        randomUUID(),
        principal && principal.kind !== 'key' ? principal.userId : null,
        principal ? `${principal.name} <${principal.email}>` : 'system',
        change.action,
        change.entityType,
        change.entityId ?? null,
        change.summary.text.slice(0, 2000),
        change.summary.key,
        JSON.stringify(scrub(change.summary.params)),
        change.before === undefined ? null : JSON.stringify(scrub(change.before)),
        change.after === undefined ? null : JSON.stringify(scrub(change.after)),
      ],
    );
  }

  list(args: AuditEventsArgs): Promise<ConnectionResult<AuditEventEntity>> {
    const query = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('event');
    const filter = args.filter ?? {};
    if (filter.entityType)
      query.andWhere('event.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('event.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorId) query.andWhere('event.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.action) query.andWhere('event.action = :action', { action: filter.action });
    if (filter.from) query.andWhere('event.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('event.occurred_at < :to', { to: filter.to });
    if (filter.search?.trim()) {
      query.andWhere('(event.summary ILIKE :search OR event.actor_label ILIKE :search)', {
        search: likePattern(filter.search),
      });
    }
    return paginate(
      query,
      { expression: 'event.occurred_at', type: 'timestamptz', direction: SortDirection.DESC },
      args,
    );
  }
}

/** A copy without secrets (password hashes, token hashes), however deep. */
function scrub(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrub);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).flatMap(([key, inner]) => (SECRET_KEYS.test(key) ? [] : [[key, scrub(inner)]])),
    );
  }
  return typeof value === 'bigint' ? value.toString() : value;
}
