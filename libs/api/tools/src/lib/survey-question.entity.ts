import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { SurveyEntity } from './survey.entity';
import { QuestionKindEnum, TextTopic } from './survey-kinds';
import { SalesToolEntity } from './tool.entity';

/** A question of a survey, in its order. */
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
