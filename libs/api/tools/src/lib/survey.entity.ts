import { RepEntity, TeamEntity } from '@salesops/api/org';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';

import { SalesToolEntity } from './tool.entity';

export enum SurveyAudience {
  /** Reps holding a seat on any of the survey's tools when they answer */
  SEAT_HOLDERS = 'SEAT_HOLDERS',
  /** Reps of the chosen teams and the teams below them */
  TEAMS = 'TEAMS',
  /** The chosen reps */
  REPS = 'REPS',
  EVERYONE = 'EVERYONE',
}

export enum QuestionKindEnum {
  CSAT = 'CSAT',
  NPS = 'NPS',
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTI_CHOICE = 'MULTI_CHOICE',
  TEXT = 'TEXT',
}

/** What a free-text question asks for, so likes and dislikes can be grouped. */
export enum TextTopic {
  LIKES = 'LIKES',
  DISLIKES = 'DISLIKES',
  OTHER = 'OTHER',
}

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

@Entity('survey_tool')
export class SurveyToolEntity {
  @PrimaryColumn({ name: 'survey_id', type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => SurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: SurveyEntity;

  @PrimaryColumn({ name: 'tool_id', type: 'uuid' })
  toolId!: string;

  @ManyToOne(() => SalesToolEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tool_id' })
  tool?: SalesToolEntity;
}

@Entity('survey_question')
@Index('uq_survey_question_position', ['surveyId', 'position'], { unique: true })
export class SurveyQuestionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => SurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: SurveyEntity;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'enum', enum: QuestionKindEnum, enumName: 'question_kind' })
  kind!: QuestionKindEnum;

  @Column({ type: 'varchar', length: 500 })
  prompt!: string;

  @Column({ type: 'boolean', default: true })
  required!: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  options!: string[];

  /** The tool the question is about, if one: its CSAT and NPS answers feed the tool's scorecard. */
  @Column({ name: 'tool_id', type: 'uuid', nullable: true })
  toolId!: string | null;

  @ManyToOne(() => SalesToolEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'tool_id' })
  tool?: SalesToolEntity | null;

  @Column({ name: 'text_topic', type: 'enum', enum: TextTopic, enumName: 'text_topic', nullable: true })
  textTopic!: TextTopic | null;
}

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

@Entity('survey_answer')
@Index('uq_survey_answer', ['responseId', 'questionId'], { unique: true })
@Index('ix_survey_answer_question', ['questionId'])
export class SurveyAnswerEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'response_id', type: 'uuid' })
  responseId!: string;

  @ManyToOne(() => SurveyResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id' })
  response?: SurveyResponseEntity;

  @Column({ name: 'question_id', type: 'uuid' })
  questionId!: string;

  @ManyToOne(() => SurveyQuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: SurveyQuestionEntity;

  @Column({ type: 'smallint', nullable: true })
  score!: number | null;

  @Column({ type: 'text', array: true, nullable: true })
  choices!: string[] | null;

  @Column({ type: 'text', nullable: true })
  text!: string | null;
}
