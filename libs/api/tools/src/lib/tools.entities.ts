import { SurveyEntity } from './survey.entity';
import {
  SurveyMemberEntity,
  SurveyReleaseAnswerEntity,
  SurveyReleaseEntity,
} from './survey-anonymity.entity';
import { SurveyAnswerEntity } from './survey-answer.entity';
import { SurveyQuestionEntity } from './survey-question.entity';
import { SurveyResponseEntity } from './survey-response.entity';
import { SurveyToolEntity } from './survey-tool.entity';
import { SalesToolEntity } from './tool.entity';
import { ToolSeatEntity } from './tool-seat.entity';

export const TOOLS_ENTITIES = [
  SalesToolEntity,
  ToolSeatEntity,
  SurveyEntity,
  SurveyToolEntity,
  SurveyQuestionEntity,
  SurveyResponseEntity,
  SurveyAnswerEntity,
  SurveyMemberEntity,
  SurveyReleaseEntity,
  SurveyReleaseAnswerEntity,
];
