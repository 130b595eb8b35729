import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';

import { CompPlanEntity } from './comp-plan.entity';
import { PayFrequency, PlanVersionStatus } from './plan-version-status';

/**
 * One version of a plan: the readable document (Markdown) and the rules the payout engine runs
 * (`PlanRules` of @salesops/domain, as jsonb). Published versions never change (a trigger refuses it);
 * `content_hash` is what a rep's acknowledgement names.
 */
@Entity('comp_plan_version')
@Index('uq_comp_plan_version_number', ['planId', 'number'], { unique: true })
@Check('ck_comp_plan_version_dates', '"effective_to" IS NULL OR "effective_to" > "effective_from"')
export class CompPlanVersionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => CompPlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: CompPlanEntity;

  /** 1, 2, 3... within the plan. */
  @Column({ type: 'int' })
  number!: number;

  @Column({
    type: 'enum',
    enum: PlanVersionStatus,
    enumName: 'plan_version_status',
    default: PlanVersionStatus.DRAFT,
  })
  status!: PlanVersionStatus;

  @Column({
    name: 'pay_frequency',
    type: 'enum',
    enum: PayFrequency,
    enumName: 'pay_frequency',
    default: PayFrequency.QUARTER,
  })
  payFrequency!: PayFrequency;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  /** Exclusive; null while it has no end. */
  @Column({ name: 'effective_to', type: 'date', nullable: true })
  effectiveTo!: string | null;

  @Column({ type: 'text', default: '' })
  document!: string;

  @Column({ type: 'jsonb' })
  rules!: object;

  /** SHA-256 of the canonical document and rules: what an acknowledgement accepted. */
  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  @Column({ name: 'published_at', type: 'timestamptz', precision: 3, nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
