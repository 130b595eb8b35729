import { RepEntity, TeamEntity } from '@salesops/api/org';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';

export enum GoalMetric {
  WON_REVENUE = 'WON_REVENUE',
  DEALS_WON = 'DEALS_WON',
  NEW_PIPELINE = 'NEW_PIPELINE',
}

/** Metrics whose target is money (the rest are counts). */
export const MONEY_METRICS: ReadonlySet<GoalMetric> = new Set([
  GoalMetric.WON_REVENUE,
  GoalMetric.NEW_PIPELINE,
]);

/**
 * A target for one rep or one team, one period and one metric. Money targets are minor units;
 * count targets are plain counts, in the same integer column.
 */
@Entity('goal')
@Index('uq_goal_rep', ['repId', 'periodKey', 'metric'], { unique: true, where: '"rep_id" IS NOT NULL' })
@Index('uq_goal_team', ['teamId', 'periodKey', 'metric'], { unique: true, where: '"team_id" IS NOT NULL' })
@Check('ck_goal_subject', '("rep_id" IS NULL) <> ("team_id" IS NULL)')
@Check('ck_goal_target', '"target" >= 0')
export class GoalEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'rep_id', type: 'uuid', nullable: true })
  repId!: string | null;

  @ManyToOne(() => RepEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'rep_id' })
  rep?: RepEntity | null;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId!: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity | null;

  @Index('ix_goal_period')
  @Column({ name: 'period_key', type: 'varchar', length: 10 })
  periodKey!: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ type: 'enum', enum: GoalMetric, enumName: 'goal_metric' })
  metric!: GoalMetric;

  @Column({ type: 'bigint' })
  target!: string;

  @Column({ type: 'char', length: 3, default: 'USD' })
  currency!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
