import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { QuestionKindEnum, TextTopic } from '../survey-kinds';
import { SurveyDto } from './survey.dto';
import { SurveyHiddenBecause } from './survey.enums';

@ObjectType('ResultBucket')
export class ResultBucketDto {
  @Field({ description: 'The score ("5") or the option' })
  label!: string;

  @Field(() => Int, {
    description:
      'Answers with this score, or that chose this option (a multiple-choice answer counts for each option it chose), of those these results hold',
  })
  count!: number;
}

@ObjectType('NetPromoterScore')
export class NetPromoterDto {
  @Field(() => Float, { description: '% promoters - % detractors, -100..100' })
  score!: number;

  @Field(() => Int, { description: 'Answers to the question scoring 9 or 10, of those these results hold' })
  promoters!: number;

  @Field(() => Int, { description: 'Answers to the question scoring 7 or 8, of those these results hold' })
  passives!: number;

  @Field(() => Int, { description: 'Answers to the question scoring 0 to 6, of those these results hold' })
  detractors!: number;
}

@ObjectType('TextAnswer')
export class TextAnswerDto {
  @Field()
  text!: string;

  @Field(() => TextTopic, { nullable: true })
  topic!: TextTopic | null;

  @Field(() => String, { nullable: true, description: 'Named surveys only' })
  repName!: string | null;
}

@ObjectType('QuestionResult')
export class QuestionResultDto {
  @Field(() => ID)
  questionId!: string;

  @Field(() => Int, { description: 'Order of the question in the survey, 1 first' })
  position!: number;

  @Field()
  prompt!: string;

  @Field(() => QuestionKindEnum)
  kind!: QuestionKindEnum;

  @Field(() => ID, { nullable: true })
  toolId!: string | null;

  @Field(() => Int, { description: 'Responses that answered this question' })
  answered!: number;

  @Field(() => Float, { nullable: true, description: 'Mean score (CSAT, NPS)' })
  mean!: number | null;

  @Field(() => Float, { nullable: true, description: 'CSAT: share of 4s and 5s, 0..1' })
  csat!: number | null;

  @Field(() => NetPromoterDto, { nullable: true })
  nps!: NetPromoterDto | null;

  @Field(() => [ResultBucketDto], { description: 'Every score or option with its count, zeros included' })
  distribution!: ResultBucketDto[];

  @Field(() => [TextAnswerDto], {
    description: 'Free-text answers in alphabetical order (never in answer order), at most 500',
  })
  texts!: TextAnswerDto[];

  @Field(() => Int, { description: 'All free-text answers to the question, listed or not' })
  textCount!: number;
}

@ObjectType('SurveyRespondent')
export class SurveyRespondentDto {
  @Field(() => ID)
  repId!: string;

  @Field()
  repName!: string;

  @Field()
  teamName!: string;

  @Field()
  email!: string;
}

@ObjectType('SurveyResults')
export class SurveyResultsDto {
  @Field(() => SurveyDto)
  survey!: SurveyDto;

  @Field(() => ID, {
    nullable: true,
    description: 'The team the results are limited to (its reps as of publication, and the teams below)',
  })
  teamId!: string | null;

  @Field(() => Int, { description: 'Reps the survey is meant for, now' })
  audienceSize!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Responses in this view. Null when withheld: a team of an anonymous survey whose results are hidden (see fewerThan); the whole survey always has its count',
  })
  responses!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Set when responses is withheld because of the threshold: this team, or a group its figures would expose, has fewer answers than this',
  })
  fewerThan!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'responses over audienceSize, 0..1; null when responses is withheld',
  })
  responseRate!: number | null;

  @Field({
    description:
      'True while an anonymous survey shows no results here (too few answers, none released yet, or a team before close)',
  })
  hidden!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the results are hidden, in words (English); hiddenBecause and minAnswers let a client word it',
  })
  hiddenReason!: string | null;

  @Field(() => SurveyHiddenBecause, { nullable: true })
  hiddenBecause!: SurveyHiddenBecause | null;

  @Field(() => Int, {
    description:
      'Anonymous surveys: the fewest answers a group needs before its results show, and the step results move by while open',
  })
  minAnswers!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Open anonymous surveys: the responses the shown results hold, a multiple of minAnswers one step behind the latest (0 while none is released); null when the results hold every answer (named or closed)',
  })
  releasedResponses!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Open anonymous surveys: the response count at which the shown results move next; all show at close',
  })
  nextReleaseAt!: number | null;

  @Field(() => [QuestionResultDto])
  questions!: QuestionResultDto[];

  @Field(() => [SurveyRespondentDto], {
    description: 'Named surveys only: who has not answered yet, to remind them',
  })
  notAnswered!: SurveyRespondentDto[];
}
