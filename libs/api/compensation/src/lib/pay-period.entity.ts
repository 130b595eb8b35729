import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum PayPeriodStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/**
 * A period pay is computed for (a fiscal month, quarter or year). Closing it is final: the database
 * then refuses any change to a goal that lies wholly inside it, and any change to the closed row
 * itself (triggers in the AddPayPeriods migration); later corrections belong to a later period.
 */
@Entity('pay_period')
export class PayPeriodEntity {
  @PrimaryColumn({ name: 'period_key', type: 'varchar', length: 10 })
  periodKey!: string;

  @Column({ name: 'period_type', type: 'varchar', length: 7 })
  periodType!: string;

  /** Inclusive. */
  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  /** Exclusive, like every period's end. */
  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({
    type: 'enum',
    enum: PayPeriodStatus,
    enumName: 'pay_period_status',
    default: PayPeriodStatus.OPEN,
  })
  status!: PayPeriodStatus;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'closed_by', type: 'uuid', nullable: true })
  closedBy!: string | null;
}
