import { SurveyAnswerEntity, SurveyEntity, SurveyQuestionEntity, SurveyResponseEntity, SurveyToolEntity } from './survey.entity';
import { SalesToolEntity, ToolSeatEntity } from './tool.entity';

export const TOOLS_ENTITIES = [SalesToolEntity, ToolSeatEntity, SurveyEntity, SurveyToolEntity, SurveyQuestionEntity, SurveyResponseEntity, SurveyAnswerEntity];
