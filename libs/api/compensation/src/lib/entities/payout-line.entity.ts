import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { PayoutStatementEntity } from './payout-statement.entity';

/** One line of a frozen statement: its amount, and everything that explains it (jsonb). */
@Entity('payout_line')
@Index('uq_payout_line_position', ['statementId', 'position'], { unique: true })
export class PayoutLineEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'statement_id', type: 'uuid' })
  statementId!: string;

  @ManyToOne(() => PayoutStatementEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'statement_id' })
  statement?: PayoutStatementEntity;

  @Column({ type: 'int' })
  position!: number;

  /** Stable within the statement: what a dispute names. */
  @Column({ name: 'line_key', type: 'varchar', length: 200 })
  lineKey!: string;

  @Column({ name: 'amount_minor', type: 'bigint' })
  amountMinor!: string;

  /** The line as the engine explained it (measure, inputs, attainment, tier, rate, formula...). */
  @Column({ type: 'jsonb' })
  details!: object;
}
