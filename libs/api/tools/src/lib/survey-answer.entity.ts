import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { SurveyQuestionEntity } from './survey-question.entity';
import { SurveyResponseEntity } from './survey-response.entity';

/** One answer of a response to a question. */
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
