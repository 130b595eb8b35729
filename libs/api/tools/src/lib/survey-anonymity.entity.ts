import { RepEntity } from '@salesops/api/org';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { SurveyEntity } from './survey.entity';
import { SurveyQuestionEntity } from './survey-question.entity';

/**
 * Each rep's team, with the teams above it (top first), when the survey was published. Team results
 * group answers by it, so moving a rep or a team after publishing cannot form a new, smaller group.
 * It says who was where, never who answered.
 */
@Entity('survey_member')
export class SurveyMemberEntity {
  @PrimaryColumn({ name: 'survey_id', type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => SurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: SurveyEntity;

  @PrimaryColumn({ name: 'rep_id', type: 'uuid' })
  repId!: string;

  @ManyToOne(() => RepEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rep_id' })
  rep?: RepEntity;

  @Column({ name: 'team_path', type: 'uuid', array: true })
  teamPath!: string[];
}

/**
 * A release of an open anonymous survey's results, taken when its responses reached generation × k.
 * Only the two latest are kept: the one before the latest is what shows (decision 0018).
 */
@Entity('survey_release')
export class SurveyReleaseEntity {
  @PrimaryColumn({ name: 'survey_id', type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => SurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: SurveyEntity;

  @PrimaryColumn({ type: 'int' })
  generation!: number;

  @Column({ type: 'int' })
  responses!: number;
}

/** The answers as they stood at a release: no response, no team, no time, so they link to no one. */
@Entity('survey_release_answer')
@Index('ix_survey_release_answer', ['surveyId', 'generation', 'questionId'])
export class SurveyReleaseAnswerEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => SurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: SurveyEntity;

  @Column({ type: 'int' })
  generation!: number;

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
