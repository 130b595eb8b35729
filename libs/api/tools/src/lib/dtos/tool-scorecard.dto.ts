import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { ScorecardFindingKind, ToolSignal } from './survey.enums';
import { SalesToolDto } from './tool.dto';

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
