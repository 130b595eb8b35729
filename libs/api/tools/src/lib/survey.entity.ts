import { Check, Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

import { SurveyAudience } from './survey-kinds';

/**
 * A satisfaction survey about one or several tools. A draft can change freely; once published its
 * questions are fixed. Waves of the same survey share a series, for trends.
 */
@Entity('survey')
@Check('ck_survey_window', '"closes_at" > "opens_at"')
@Check('ck_survey_threshold', '"min_answers" >= 3')
export class SurveyEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Index('ix_survey_series')
  @Column({ name: 'series_id', type: 'uuid' })
  seriesId!: string;

  @Column({ type: 'int', default: 1 })
  wave!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'boolean', default: false })
  anonymous!: boolean;

  /** Anonymous results show only from this many answers (never under 3). */
  @Column({ name: 'min_answers', type: 'int', default: 5 })
  minAnswers!: number;

  @Column({
    type: 'enum',
    enum: SurveyAudience,
    enumName: 'survey_audience',
    default: SurveyAudience.SEAT_HOLDERS,
  })
  audience!: SurveyAudience;

  @Column({ name: 'audience_team_ids', type: 'uuid', array: true, default: () => "'{}'" })
  audienceTeamIds!: string[];

  @Column({ name: 'audience_rep_ids', type: 'uuid', array: true, default: () => "'{}'" })
  audienceRepIds!: string[];

  @Column({ name: 'opens_at', type: 'timestamptz', precision: 3 })
  opensAt!: Date;

  @Column({ name: 'closes_at', type: 'timestamptz', precision: 3 })
  closesAt!: Date;

  /** Null while a draft; questions cannot change after. */
  @Column({ name: 'published_at', type: 'timestamptz', precision: 3, nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
