import { RepEntity, TeamEntity, UserEntity } from '@salesops/api/org';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { ForecastCallKind, ForecastMetric } from './forecast.enums';

/**
 * One call as it was made: a rep's commit and best case for a period, a manager's for their team, or a
 * manager's adjustment of a report's call (with its note). Rows are only ever added, so the table is the
 * history; the latest row of a subject, period and metric is its call. Money in minor units, counts as
 * they are, in the same columns (as goals).
 */
@Entity('forecast_call')
@Index('ix_forecast_call_rep', ['repId', 'periodKey', 'metric', 'submittedAt'])
@Index('ix_forecast_call_team', ['teamId', 'periodKey', 'metric', 'submittedAt'])
@Check('ck_forecast_call_subject', '("rep_id" IS NULL) <> ("team_id" IS NULL)')
@Check('ck_forecast_call_amounts', '"commit" >= 0 AND "best_case" >= "commit"')
@Check(
  'ck_forecast_call_adjustment',
  `"kind" <> 'ADJUSTMENT' OR ("rep_id" IS NOT NULL AND "note" IS NOT NULL)`,
)
export class ForecastCallEntity {
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

  @Column({ name: 'period_key', type: 'varchar', length: 10 })
  periodKey!: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ type: 'enum', enum: ForecastMetric, enumName: 'forecast_metric' })
  metric!: ForecastMetric;

  @Column({ type: 'enum', enum: ForecastCallKind, enumName: 'forecast_call_kind' })
  kind!: ForecastCallKind;

  @Column({ type: 'bigint' })
  commit!: string;

  @Column({ name: 'best_case', type: 'bigint' })
  bestCase!: string;

  @Column({ type: 'char', length: 3, default: 'USD' })
  currency!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  /** Null for an integrator's API key; its name is in submittedByName. */
  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'submitted_by' })
  submitter?: UserEntity | null;

  @Column({ name: 'submitted_by_name', type: 'varchar', length: 200 })
  submittedByName!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  submittedAt!: Date;
}
