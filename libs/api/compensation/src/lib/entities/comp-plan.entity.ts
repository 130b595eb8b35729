import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

/** A compensation plan: a name that lasts while its versions (document and rules) change. */
@Entity('comp_plan')
@Index('uq_comp_plan_name', { synchronize: false })
export class CompPlanEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
