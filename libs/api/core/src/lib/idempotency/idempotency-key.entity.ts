import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A mutation sent with an Idempotency-Key header: claimed inside the mutation's own transaction (so the
 * key is taken exactly when the change is stored) and answered with the stored response on a retry.
 * Kept for 24 hours.
 */
@Entity('idempotency_key')
@Index('ix_idempotency_key_created', ['createdAt'])
export class IdempotencyKeyEntity {
  /** Whose key: `user:<id>` or `key:<api key id>`; two callers' keys never meet. */
  @PrimaryColumn({ type: 'varchar', length: 60 })
  owner!: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  key!: string;

  /** SHA-256 of the operation and its variables: the same key with another request is refused. */
  @Column({ type: 'char', length: 64 })
  fingerprint!: string;

  /** The mutation's root field, to name it in errors. */
  @Column({ type: 'varchar', length: 100 })
  field!: string;

  /** The request that claimed the key. */
  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  /** The GraphQL result sent to the first request; null until it is sent. */
  @Column({ type: 'jsonb', nullable: true })
  response!: Record<string, unknown> | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;
}
