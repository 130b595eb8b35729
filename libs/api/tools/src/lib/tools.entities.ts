import {
  SurveyAnswerEntity,
  SurveyEntity,
  SurveyQuestionEntity,
  SurveyResponseEntity,
  SurveyToolEntity,
} from './survey.entity';
import {
  SurveyMemberEntity,
  SurveyReleaseAnswerEntity,
  SurveyReleaseEntity,
} from './survey-anonymity.entity';
import { SalesToolEntity, ToolSeatEntity } from './tool.entity';

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
