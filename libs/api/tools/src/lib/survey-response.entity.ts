import { RepEntity, TeamEntity } from '@salesops/api/org';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { SurveyEntity } from './survey.entity';

/**
 * One rep's answers to one survey. `respondent_key` is a keyed hash of survey and rep: it makes a
 * second submission replace the first (one response per rep) without storing who answered an
 * anonymous survey. Anonymous responses keep no rep, no time of day (only the date) and the team
 * (as of publication) only for thresholded group results.
 */
@Entity('survey_response')
@Index('uq_survey_response_respondent', ['surveyId', 'respondentKey'], { unique: true })
@Check('ck_survey_response_named', '"rep_id" IS NULL OR "submitted_at" IS NOT NULL')
export class SurveyResponseEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => SurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: SurveyEntity;

  @Column({ name: 'respondent_key', type: 'varchar', length: 64 })
  respondentKey!: string;

  /** Named surveys only. */
  @Column({ name: 'rep_id', type: 'uuid', nullable: true })
  repId!: string | null;

  @ManyToOne(() => RepEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'rep_id' })
  rep?: RepEntity | null;

  /** The rep's team when the survey was published (null for a rep who joined later). */
  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId!: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'team_id' })
  team?: TeamEntity | null;

  /** That team and the teams above it (top first), as of publication: team results group by it. */
  @Column({ name: 'team_path', type: 'uuid', array: true, default: () => "'{}'" })
  teamPath!: string[];

  @Column({ name: 'submitted_on', type: 'date' })
  submittedOn!: string;

  /** Named surveys only. */
  @Column({ name: 'submitted_at', type: 'timestamptz', precision: 3, nullable: true })
  submittedAt!: Date | null;
}
