import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { SurveyEntity } from './survey.entity';
import { SalesToolEntity } from './tool.entity';

/** A tool a survey asks about. */
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
