import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** A customer company. */
@Entity('account')
export class AccountEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** matchKey(name): how CSV rows find the account whatever its spelling of spaces and case. */
  @Index('uq_account_match_key', { unique: true })
  @Column({ name: 'match_key', type: 'varchar', length: 200 })
  matchKey!: string;

  @Column({ type: 'varchar', length: 80, nullable: true })
  sector!: string | null;

  @Column({ name: 'year_established', type: 'smallint', nullable: true })
  yearEstablished!: number | null;

  /** Annual revenue in millions, as the CRM reports it. */
  @Column({ name: 'revenue_millions', type: 'numeric', precision: 14, scale: 2, nullable: true })
  revenueMillions!: string | null;

  @Column({ type: 'integer', nullable: true })
  employees!: number | null;

  @Column({ name: 'office_location', type: 'varchar', length: 120, nullable: true })
  officeLocation!: string | null;

  @Column({ name: 'parent_account_id', type: 'uuid', nullable: true })
  parentAccountId!: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'parent_account_id' })
  parentAccount?: AccountEntity | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;
}
