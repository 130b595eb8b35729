import { RepEntity } from '@salesops/api/org';
import { type DealWarning } from '@salesops/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';

import { AccountEntity } from './account.entity';
import { ProductEntity } from './product.entity';
import { SalesStageEntity } from './sales-stage.entity';

/** An opportunity as the CRM holds it; the CRM's id is the key for idempotent imports. */
@Entity('deal')
@Index('ix_deal_rep_stage', ['repId', 'stageId'])
@Index('ix_deal_close_date', ['closeDate'])
// Keyset paging of deal lists in each sort order (expression indexes kept by a migration).
@Index('ix_deal_page_amount', { synchronize: false })
@Index('ix_deal_page_updated', { synchronize: false })
@Index('ix_deal_page_close', { synchronize: false })
@Index('ix_deal_page_engage', { synchronize: false })
// Flagged deals, for the deals list's filter (a partial index kept by a migration).
@Index('ix_deal_flagged', { synchronize: false })
@Check(
  'ck_deal_warnings',
  `"warnings" <@ ARRAY['CLOSE_BEFORE_ENGAGE', 'ZERO_AMOUNT', 'FAR_FUTURE_DATE']::text[]`,
)
export class DealEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Index('uq_deal_external_id', { unique: true })
  @Column({ name: 'external_id', type: 'varchar', length: 64 })
  externalId!: string;

  /** Null until the deal is assigned (lead routing assigns unowned deals). */
  @Column({ name: 'rep_id', type: 'uuid', nullable: true })
  repId!: string | null;

  @ManyToOne(() => RepEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'rep_id' })
  rep?: RepEntity | null;

  @Index('ix_deal_account')
  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId!: string | null;

  @ManyToOne(() => AccountEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity | null;

  @Index('ix_deal_product')
  @Column({ name: 'product_id', type: 'uuid', nullable: true })
  productId!: string | null;

  @ManyToOne(() => ProductEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'product_id' })
  product?: ProductEntity | null;

  /** Deal value in minor units; null while the CRM has none (open deals in the demo export). */
  @Column({ name: 'amount_minor', type: 'bigint', nullable: true })
  amountMinor!: string | null;

  @Column({ type: 'char', length: 3, default: 'USD' })
  currency!: string;

  @Column({ name: 'stage_id', type: 'uuid' })
  stageId!: string;

  @ManyToOne(() => SalesStageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stage_id' })
  stage?: SalesStageEntity;

  @Column({ name: 'engage_date', type: 'date', nullable: true })
  engageDate!: string | null;

  @Column({ name: 'expected_close_date', type: 'date', nullable: true })
  expectedCloseDate!: string | null;

  /** Times the expected close date was moved later (by an import or an upsert). */
  @Column({ name: 'close_date_pushes', type: 'int', default: 0 })
  closeDatePushes!: number;

  /** The actual close date of a won or lost deal. */
  @Column({ name: 'close_date', type: 'date', nullable: true })
  closeDate!: string | null;

  /** What is implausible about the deal though it was stored (DEAL_WARNINGS); empty when nothing is. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  warnings!: DealWarning[];

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
