import { RepEntity, UserEntity } from '@salesops/api/org';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

export enum AdjustmentKind {
  ADJUSTMENT = 'ADJUSTMENT',
  CLAWBACK = 'CLAWBACK',
}

/**
 * A correction with a reason, landing on a rep's statement of an open pay period: never an edit of a
 * closed one. Locked with that period once it closes (a trigger).
 */
@Entity('payout_adjustment')
@Index('ix_payout_adjustment_rep_period', ['repId', 'periodKey'])
@Index('ix_payout_adjustment_reconciles', ['reconcilesPeriodKey', 'repId'])
@Check('ck_payout_adjustment_amount', '"amount_minor" <> 0')
export class PayoutAdjustmentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'rep_id', type: 'uuid' })
  repId!: string;

  @ManyToOne(() => RepEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rep_id' })
  rep?: RepEntity;

  /** The pay period whose statement carries it. */
  @Column({ name: 'period_key', type: 'varchar', length: 10 })
  periodKey!: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({
    type: 'enum',
    enum: AdjustmentKind,
    enumName: 'adjustment_kind',
    default: AdjustmentKind.ADJUSTMENT,
  })
  kind!: AdjustmentKind;

  /** Signed: negative takes money back. */
  @Column({ name: 'amount_minor', type: 'bigint' })
  amountMinor!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'dispute_id', type: 'uuid', nullable: true })
  disputeId!: string | null;

  /**
   * Set on a correction booked automatically because the deals of a closed pay period changed after it
   * closed (a reversed win, a changed amount): the period it corrects. Reconciling sums these per rep and
   * period, so the same change is never booked twice.
   */
  @Column({ name: 'reconciles_period_key', type: 'varchar', length: 10, nullable: true })
  reconcilesPeriodKey!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;
}
