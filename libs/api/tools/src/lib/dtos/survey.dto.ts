import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { QuestionKindEnum, SurveyAudience, TextTopic } from '../survey-kinds';
import { SurveyStatus } from './survey.enums';

@ObjectType('SurveyQuestion')
export class SurveyQuestionDto {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Order of the question in the survey, 1 first' })
  position!: number;

  @Field(() => QuestionKindEnum)
  kind!: QuestionKindEnum;

  @Field()
  prompt!: string;

  @Field()
  required!: boolean;

  @Field(() => [String])
  options!: string[];

  @Field(() => ID, { nullable: true, description: 'The tool the question is about' })
  toolId!: string | null;

  @Field(() => TextTopic, { nullable: true })
  textTopic!: TextTopic | null;
}

@ObjectType('SurveyToolRef')
export class SurveyToolRefDto {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType('Survey', { description: 'A satisfaction survey about one or several tools' })
export class SurveyDto {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'Waves of the same survey share it' })
  seriesId!: string;

  @Field(() => Int, {
    description: "1 for the first survey of a series; a new wave takes the series' highest + 1",
  })
  wave!: number;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field({
    description:
      'Answers cannot be linked to the rep: results show only from minAnswers answers, while open only in steps of minAnswers (one step behind), and per team only once closed',
  })
  anonymous!: boolean;

  @Field(() => Int, { description: 'Anonymous surveys: the threshold k (never under 3)' })
  minAnswers!: number;

  @Field(() => SurveyAudience)
  audience!: SurveyAudience;

  @Field(() => [ID])
  audienceTeamIds!: string[];

  @Field(() => [ID])
  audienceRepIds!: string[];

  @Field()
  opensAt!: Date;

  @Field()
  closesAt!: Date;

  @Field(() => SurveyStatus)
  status!: SurveyStatus;

  @Field(() => [SurveyToolRefDto])
  tools!: SurveyToolRefDto[];

  @Field(() => [SurveyQuestionDto])
  questions!: SurveyQuestionDto[];

  @Field(() => Int, {
    description:
      'Reps who answered, re-submissions counted once; for anonymous surveys too (how many, never who)',
  })
  responses!: number;

  @Field(() => Int, { description: 'Send back as expectedVersion to detect concurrent edits' })
  version!: number;
}

@ObjectType('SurveyAnswer')
export class SurveyAnswerDto {
  @Field(() => ID)
  questionId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Your score: 1-5 for a CSAT question, 0-10 for NPS; null for other kinds or when left out',
  })
  score!: number | null;

  @Field(() => [String])
  choices!: string[];

  @Field(() => String, { nullable: true })
  text!: string | null;
}

@ObjectType('MySurvey', { description: 'A survey open to the signed-in rep' })
export class MySurveyDto {
  @Field(() => SurveyDto)
  survey!: SurveyDto;

  @Field()
  answered!: boolean;

  @Field(() => [SurveyAnswerDto], {
    description:
      'Your answers, to edit until the survey closes; always empty for anonymous surveys, which keep no link to you',
  })
  myAnswers!: SurveyAnswerDto[];
}
