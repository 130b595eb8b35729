import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { ImportJobEntity } from './import-job.entity';

/** One reason as stored: its template key, the values it names, its English. */
export interface StoredReason {
  key: string | null;
  params: object;
  text: string;
}

/** A row the import refused, with where and why. */
@Entity('import_rejection')
@Index('ix_rejection_job_line', ['jobId', 'line'])
export class ImportRejectionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'job_id', type: 'uuid' })
  jobId!: string;

  @ManyToOne(() => ImportJobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: ImportJobEntity;

  @Column({ type: 'integer' })
  line!: number;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  /** The reason's template key (import-reasons.ts), so a client can word it in its own language. */
  @Column({ name: 'reason_key', type: 'varchar', length: 64, nullable: true })
  reasonKey!: string | null;

  /** The values the reason's template names: the column, the value found, and so on. */
  @Column({ name: 'reason_params', type: 'jsonb', nullable: true })
  reasonParams!: object | null;

  /** Every reason the row was refused for, in the order of its columns (reason* above: the first). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  reasons!: StoredReason[];

  /** The raw row as CSV text (its cells quoted where needed), cut to 2,000 characters. */
  @Column({ type: 'text' })
  raw!: string;
}
