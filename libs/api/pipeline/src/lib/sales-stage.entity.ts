import { Check, Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

export enum StageKind {
  OPEN = 'OPEN',
  WON = 'WON',
  LOST = 'LOST',
}

/** A step of the defined sales process. */
@Entity('sales_stage')
@Index('uq_sales_stage_name', { synchronize: false })
@Check('ck_sales_stage_probability', '"win_probability" BETWEEN 0 AND 100')
export class SalesStageEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  /** Order in the funnel, 1 first. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'enum', enum: StageKind, enumName: 'stage_kind' })
  kind!: StageKind;

  /** Default chance, in whole percent, that a deal in this stage is won. */
  @Column({ name: 'win_probability', type: 'smallint' })
  winProbability!: number;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
