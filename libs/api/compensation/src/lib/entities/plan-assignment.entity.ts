import { RepEntity } from '@salesops/api/org';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { CompPlanVersionEntity } from './comp-plan-version.entity';

/** A rep on a plan version from one day until (excluded) another; one assignment per rep per day. */
@Entity('plan_assignment')
@Index('ix_plan_assignment_rep', ['repId', 'validFrom'])
@Index('ix_plan_assignment_version', ['planVersionId'])
@Check('ck_plan_assignment_dates', '"valid_to" IS NULL OR "valid_to" > "valid_from"')
export class PlanAssignmentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'rep_id', type: 'uuid' })
  repId!: string;

  @ManyToOne(() => RepEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rep_id' })
  rep?: RepEntity;

  @Column({ name: 'plan_version_id', type: 'uuid' })
  planVersionId!: string;

  @ManyToOne(() => CompPlanVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_version_id' })
  planVersion?: CompPlanVersionEntity;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  /** Exclusive; null while open-ended. */
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;
}
