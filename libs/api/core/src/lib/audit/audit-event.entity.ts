import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One change to what the platform holds: who (a user, or the system), when, what, and the state before
 * and after. Written in the same transaction as the change; a trigger refuses any update or delete.
 */
@Entity('audit_event')
@Index('ix_audit_event_time', ['occurredAt', 'id'])
@Index('ix_audit_event_entity', ['entityType', 'entityId'])
@Index('ix_audit_event_actor', ['actorId'])
export class AuditEventEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  occurredAt!: Date;

  /** The user who made the change; null for the system (imports started by the CLI, seeds). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_label', type: 'varchar', length: 320 })
  actorLabel!: string;

  @Column({ type: 'varchar', length: 60 })
  action!: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 40 })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64, nullable: true })
  entityId!: string | null;

  /** In English, for people and integrators; every event has it, also those older than summary_key. */
  @Column({ type: 'text' })
  summary!: string;

  /** The summary's template in audit-summaries.ts; null for events recorded before there was one. */
  @Column({ name: 'summary_key', type: 'varchar', length: 60, nullable: true })
  summaryKey!: string | null;

  /** The values the template names, so a client can word the summary in its own language. */
  @Column({ name: 'summary_params', type: 'jsonb', nullable: true })
  summaryParams!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  before!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after!: unknown;
}
