import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { DealEntity } from './deal.entity';
import { SalesStageEntity } from './sales-stage.entity';

export enum ChangeSource {
  IMPORT = 'IMPORT',
  API = 'API',
}

/** Every stage a deal entered, for funnel conversion and cycle times. */
@Entity('deal_stage_change')
@Index('ix_stage_change_deal', ['dealId', 'changedOn'])
export class DealStageChangeEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'deal_id', type: 'uuid' })
  dealId!: string;

  @ManyToOne(() => DealEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deal_id' })
  deal?: DealEntity;

  @Column({ name: 'from_stage_id', type: 'uuid', nullable: true })
  fromStageId!: string | null;

  @ManyToOne(() => SalesStageEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'from_stage_id' })
  fromStage?: SalesStageEntity | null;

  @Column({ name: 'to_stage_id', type: 'uuid' })
  toStageId!: string;

  @ManyToOne(() => SalesStageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_stage_id' })
  toStage?: SalesStageEntity;

  /** The business date of the change (the close date for a closed deal, else the engage date or the day seen). */
  @Column({ name: 'changed_on', type: 'date' })
  changedOn!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  recordedAt!: Date;

  @Column({ type: 'enum', enum: ChangeSource, enumName: 'change_source' })
  source!: ChangeSource;

  @Column({ name: 'import_job_id', type: 'uuid', nullable: true })
  importJobId!: string | null;
}
