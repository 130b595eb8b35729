import { RepEntity, TeamEntity, UserEntity } from '@salesops/api/org';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { ForecastMetric, ForecastSubjectKind } from './forecast.enums';

/**
 * One method's forecast frozen as it was made: the subject, period and as-of day, the point and P10/P50/P90
 * in the metric's units (minor units for money, expected deals for counts; numeric, because expected
 * counts and interval ends are not whole). Never changed; scored against what was won once the period ends.
 */
@Entity('forecast_snapshot')
@Index('ix_forecast_snapshot_rep', ['repId', 'periodKey'])
@Index('ix_forecast_snapshot_team', ['teamId', 'periodKey'])
@Index('ix_forecast_snapshot_period', ['subjectKind', 'periodKey'])
@Check(
  'ck_forecast_snapshot_subject',
  `("subject_kind" = 'REP') = ("rep_id" IS NOT NULL) AND ("subject_kind" = 'TEAM') = ("team_id" IS NOT NULL)`,
)
export class ForecastSnapshotEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** Rows saved together (one per method) share it. */
  @Column({ name: 'batch_id', type: 'uuid' })
  batchId!: string;

  @Column({
    name: 'subject_kind',
    type: 'enum',
    enum: ForecastSubjectKind,
    enumName: 'forecast_subject_kind',
  })
  subjectKind!: ForecastSubjectKind;

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

  @Column({ name: 'period_key', type: 'varchar', length: 10 })
  periodKey!: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ type: 'enum', enum: ForecastMetric, enumName: 'forecast_metric' })
  metric!: ForecastMetric;

  @Column({ name: 'as_of', type: 'date' })
  asOf!: string;

  /** The ForecastMethod id (stable, never renamed). */
  @Column({ type: 'varchar', length: 32 })
  method!: string;

  @Column({ type: 'boolean', default: false })
  recommended!: boolean;

  @Column({ type: 'numeric', precision: 24, scale: 4 })
  point!: string;

  @Column({ type: 'numeric', precision: 24, scale: 4, nullable: true })
  p10!: string | null;

  @Column({ type: 'numeric', precision: 24, scale: 4, nullable: true })
  p50!: string | null;

  @Column({ type: 'numeric', precision: 24, scale: 4, nullable: true })
  p90!: string | null;

  @Column({ name: 'saved_by', type: 'uuid', nullable: true })
  savedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'saved_by' })
  saver?: UserEntity | null;

  @Column({ name: 'saved_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  savedAt!: Date;
}
