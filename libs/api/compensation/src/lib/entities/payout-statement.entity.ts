import { RepEntity } from '@salesops/api/org';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * A rep's statement for a closed pay period, frozen when the period closed: neither it nor its lines
 * can change afterwards (a trigger refuses it). Statements of open periods are computed when read.
 */
@Entity('payout_statement')
@Index('uq_payout_statement', ['repId', 'periodKey'], { unique: true })
export class PayoutStatementEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'rep_id', type: 'uuid' })
  repId!: string;

  @ManyToOne(() => RepEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rep_id' })
  rep?: RepEntity;

  @Column({ name: 'period_key', type: 'varchar', length: 10 })
  periodKey!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  /** Exactly the sum of the lines. */
  @Column({ name: 'total_minor', type: 'bigint' })
  totalMinor!: string;

  @Column({ type: 'text' })
  explanation!: string;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  closedAt!: Date;
}
