import { RepEntity, UserEntity } from '@salesops/api/org';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

export enum DisputeStatus {
  OPEN = 'OPEN',
  ADJUSTED = 'ADJUSTED',
  REJECTED = 'REJECTED',
}

/** A rep questions one line of a statement; ops answer, with an adjustment or a reason. */
@Entity('payout_dispute')
@Index('ix_payout_dispute_rep', ['repId', 'periodKey'])
@Index('ix_payout_dispute_status', ['status'])
export class PayoutDisputeEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'rep_id', type: 'uuid' })
  repId!: string;

  @ManyToOne(() => RepEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rep_id' })
  rep?: RepEntity;

  @Column({ name: 'period_key', type: 'varchar', length: 10 })
  periodKey!: string;

  @Column({ name: 'line_key', type: 'varchar', length: 200 })
  lineKey!: string;

  /** The line's label and amount when it was questioned, so the dispute reads on its own. */
  @Column({ name: 'line_label', type: 'varchar', length: 200 })
  lineLabel!: string;

  @Column({ name: 'line_amount_minor', type: 'bigint' })
  lineAmountMinor!: string;

  /** ISO 4217 code of the line amount: the statement's. */
  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'text' })
  note!: string;

  @Column({ type: 'enum', enum: DisputeStatus, enumName: 'dispute_status', default: DisputeStatus.OPEN })
  status!: DisputeStatus;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ name: 'adjustment_id', type: 'uuid', nullable: true })
  adjustmentId!: string | null;

  @Column({ name: 'raised_by', type: 'uuid' })
  raisedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'raised_by' })
  raiser?: UserEntity;

  @Column({ name: 'raised_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  raisedAt!: Date;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy!: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt!: Date | null;
}
