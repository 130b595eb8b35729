import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { QuestionKindEnum, SurveyAudience, TextTopic } from '../survey.entity';
import { SalesToolDto } from './tool.dto';

export enum SurveyStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum ToolSignal {
  KEEP = 'KEEP',
  REVIEW = 'REVIEW',
  REPLACE = 'REPLACE',
}

registerEnumType(SurveyAudience, {
  name: 'SurveyAudience',
  description: 'Who is asked: SEAT_HOLDERS of the tools, chosen TEAMS (and below), chosen REPS, or EVERYONE',
});
registerEnumType(QuestionKindEnum, {
  name: 'QuestionKind',
  description: 'CSAT: 1-5. NPS: 0-10. SINGLE_CHOICE, MULTI_CHOICE: from the options. TEXT: free text',
});
registerEnumType(TextTopic, {
  name: 'TextTopic',
  description: 'What a free-text question asks for: LIKES, DISLIKES or OTHER',
});
registerEnumType(SurveyStatus, {
  name: 'SurveyStatus',
  description: 'DRAFT (editable), SCHEDULED (published, not open yet), OPEN, CLOSED',
});
/** What a scorecard finding is about; its figures are in the fields named for it. */
export enum ScorecardFindingKind {
  /** No wave about the tool has results to show yet. */
  NO_RESULTS = 'NO_RESULTS',
  /** The latest CSAT: value, wave. */
  CSAT = 'CSAT',
  /** CSAT fell by 10 points or more: value, previous, wave, previousWave. */
  CSAT_FELL = 'CSAT_FELL',
  /** A negative NPS: value. */
  NPS = 'NPS',
  /** Seats in use: value (the share), seatsUsed, seatsBought. Weighs REVIEW when under 60% or over 100%. */
  SEATS = 'SEATS',
  /** The renewal is near while something is wrong: days. */
  RENEWAL_SOON = 'RENEWAL_SOON',
  /** No closed wave has enough answers about the tool to judge it: wave, value (the answers), previous (the answers needed). */
  FEW_ANSWERS = 'FEW_ANSWERS',
  /** The only waves with enough answers are still open, so their results may move: wave. */
  PROVISIONAL = 'PROVISIONAL',
}

/** Why an anonymous survey's results are hidden. */
export enum SurveyHiddenBecause {
  /** Fewer answers than the threshold overall. */
  TOO_FEW_ANSWERS = 'TOO_FEW_ANSWERS',
  /** The team, or the rest of the team above it (beside the teams shown), has fewer answers than the threshold. */
  SMALL_GROUP = 'SMALL_GROUP',
  /** Open: results move in steps of the threshold, one step behind; none has been released yet. */
  AWAITING_RELEASE = 'AWAITING_RELEASE',
  /** Open: a team's results and count show only once the survey closes. */
  TEAMS_AFTER_CLOSE = 'TEAMS_AFTER_CLOSE',
}

registerEnumType(ToolSignal, { name: 'ToolSignal' });
registerEnumType(ScorecardFindingKind, {
  name: 'ScorecardFindingKind',
  description: 'What a scorecard finding is about',
});
registerEnumType(SurveyHiddenBecause, {
  name: 'SurveyHiddenBecause',
  description: "Why an anonymous survey's results are hidden",
});

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

@ObjectType('SatisfactionWave')
export class SatisfactionWaveDto {
  @Field(() => ID)
  surveyId!: string;

  @Field(() => ID, {
    description: 'Waves of the same survey share it; a tool can be asked about in several series',
  })
  seriesId!: string;

  @Field()
  title!: string;

  @Field(() => Int, { description: "The wave's number in its series (Survey.wave)" })
  wave!: number;

  @Field()
  closesAt!: Date;

  @Field(() => Int, {
    description:
      'Reps who answered the wave (Survey.responses), whatever they said about this tool; given even while its results are hidden',
  })
  responses!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Null while hidden; an open anonymous wave gives the release its results show',
  })
  csat!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Null while hidden; an open anonymous wave gives the release its results show',
  })
  nps!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean CSAT score, 1..5' })
  meanScore!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Scores about the tool in this wave (its CSAT answers, or its NPS answers without a CSAT question); null while hidden',
  })
  scores!: number | null;

  @Field(() => Int, {
    description:
      "Scores a wave needs before the tool's verdict rests on it: the survey's anonymity threshold, at least 3",
  })
  scoresNeeded!: number;

  @Field({
    description: 'The wave is still open: shown in the trend, but no verdict rests on it until it closes',
  })
  provisional!: boolean;
}

@ObjectType('SatisfactionVsPerformance', {
  description: "Named answers only: do the tool's happier users sell more?",
})
export class SatisfactionLinkDto {
  @Field(() => Int, { description: 'Reps with both a score and results' })
  reps!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Pearson correlation of CSAT score with won revenue in the quarter of the survey, -1..1',
  })
  correlation!: number | null;

  @Field({
    description:
      "The quarter whose won revenue was compared, e.g. FY2017-Q4: the survey's own (the one it opened in), or, when no deal closed in it, the last quarter before it in which deals closed",
  })
  period!: string;

  @Field({
    description: 'The correlation in words (English); correlation, reps and period let a client word it',
  })
  reading!: string;
}

@ObjectType('ScorecardFinding', {
  description: 'One reason behind a keep, review or replace signal, as data and in words',
})
export class ScorecardFindingDto {
  @Field(() => ScorecardFindingKind)
  kind!: ScorecardFindingKind;

  @Field(() => ToolSignal, { description: 'Which way the finding points' })
  weighs!: ToolSignal;

  @Field({ description: 'The finding in words (English)' })
  reason!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'CSAT, CSAT_FELL: the share satisfied (0-1); NPS: the score; SEATS: the share in use',
  })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'CSAT_FELL: the earlier share satisfied' })
  previous!: number | null;

  @Field(() => Int, { nullable: true, description: 'CSAT, CSAT_FELL: the wave measured' })
  wave!: number | null;

  @Field(() => Int, { nullable: true, description: 'CSAT_FELL: the earlier wave' })
  previousWave!: number | null;

  @Field(() => Int, { nullable: true, description: 'SEATS' })
  seatsUsed!: number | null;

  @Field(() => Int, { nullable: true, description: 'SEATS' })
  seatsBought!: number | null;

  @Field(() => Int, { nullable: true, description: 'RENEWAL_SOON: days until the renewal' })
  days!: number | null;
}

@ObjectType('ToolScorecard')
export class ToolScorecardDto {
  @Field(() => SalesToolDto)
  tool!: SalesToolDto;

  @Field(() => Float, {
    nullable: true,
    description:
      'CSAT (share of 4s and 5s, 0..1) of the wave the verdict rests on: the latest closed one with at least scoresNeeded scores; null without one, or when it asks no CSAT about the tool',
  })
  latestCsat!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'NPS (% promoters - % detractors, -100..100) of the wave the verdict rests on: the latest closed one with at least scoresNeeded scores; null without one, or when it asks no NPS about the tool',
  })
  latestNps!: number | null;

  @Field(() => [SatisfactionWaveDto], {
    description: 'Every closed or open wave about the tool, oldest first',
  })
  trend!: SatisfactionWaveDto[];

  @Field(() => ToolSignal)
  signal!: ToolSignal;

  @Field(() => [String], { description: 'Why, in words (English): the reasons of findings' })
  reasons!: string[];

  @Field(() => [ScorecardFindingDto], { description: 'Why, as data, in the order of reasons' })
  findings!: ScorecardFindingDto[];

  @Field(() => SatisfactionLinkDto, { nullable: true, description: 'Null when the latest wave is anonymous' })
  satisfactionVsPerformance!: SatisfactionLinkDto | null;
}
