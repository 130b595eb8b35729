import { RepEntity, UserEntity } from '@salesops/api/org';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { CompPlanVersionEntity } from './comp-plan-version.entity';

/** A rep read and accepted one exact plan version: the hash of what they saw is kept with it. */
@Entity('plan_acknowledgement')
@Index('uq_plan_acknowledgement', ['repId', 'planVersionId'], { unique: true })
export class PlanAcknowledgementEntity {
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

  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash!: string;

  /** Who clicked accept: the rep's own login. */
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'accepted_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  acceptedAt!: Date;
}
