import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsPeriodKey, periodKeyDescription } from '@salesops/api/core';
import { MoneyDto } from '@salesops/api/pipeline';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';

import { PeriodDto } from './performance.dto';

export enum TrendGrain {
  MONTH = 'MONTH',
  WEEK = 'WEEK',
}
registerEnumType(TrendGrain, {
  name: 'TrendGrain',
  description:
    'MONTH: the calendar months of the period. WEEK: the ISO weeks that overlap it (the first and last may reach outside it)',
});

export enum TrendSubjectKind {
  REP = 'REP',
  TEAM = 'TEAM',
  COMPANY = 'COMPANY',
}
registerEnumType(TrendSubjectKind, {
  name: 'TrendSubjectKind',
  description: 'Whose trend: one rep, a team with everything below it, or every rep',
});

@ObjectType('TrendSubject')
export class TrendSubjectDto {
  @Field(() => TrendSubjectKind)
  kind!: TrendSubjectKind;

  @Field(() => ID, { nullable: true, description: 'The rep or team id; null for the company' })
  id!: string | null;

  @Field()
  name!: string;
}

@ObjectType('TrendPoint', {
  description:
    "One month or week of a trend, with the same definitions as the leaderboard's and the goals' figures",
})
export class TrendPointDto {
  @Field(() => PeriodDto)
  period!: PeriodDto;

  @Field(() => MoneyDto, { description: 'Value of deals won with a close date in the period (WON_REVENUE)' })
  wonRevenue!: MoneyDto;

  @Field(() => Int, { description: 'Deals won with a close date in the period (DEALS_WON)' })
  dealsWon!: number;

  @Field(() => Int, { description: 'Deals lost with a close date in the period' })
  dealsLost!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'dealsWon / (dealsWon + dealsLost), rounded half up to 4 decimals; null with none closed',
  })
  winRate!: number | null;

  @Field(() => MoneyDto, {
    description: 'Deals engaged in the period at their amount, else the product list price (NEW_PIPELINE)',
  })
  newPipeline!: MoneyDto;

  @Field(() => Int, {
    description: "Deals open at the period's end: engaged before it and not closed before it",
  })
  openDeals!: number;

  @Field(() => MoneyDto, {
    description:
      "Their value then: an open deal's amount, else its product's list price (a deal closed since counts at its list price, as the forecasts' as-of pipeline)",
  })
  openPipeline!: MoneyDto;

  @Field(() => MoneyDto, {
    nullable: true,
    description: "The subject's own WON_REVENUE goal for this month or week, if one is set",
  })
  wonRevenueTarget!: MoneyDto | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'wonRevenue / wonRevenueTarget rounded half up to 4 decimals (attainmentOf); null without a goal',
  })
  attainment!: number | null;
}

@ObjectType('PerformanceTrend', {
  description:
    "A rep's, a team's or the company's figures month by month (or week by week) across a period, with each month's goal. " +
    "A team counts whoever was in it (or below it) on each deal's date, as team standings and goals do",
})
export class PerformanceTrendDto {
  @Field(() => TrendSubjectDto)
  subject!: TrendSubjectDto;

  @Field(() => PeriodDto)
  period!: PeriodDto;

  @Field(() => TrendGrain)
  grain!: TrendGrain;

  @Field(() => MoneyDto, {
    nullable: true,
    description:
      "The subject's WON_REVENUE goal for the whole period, if set (for a line beside the running total)",
  })
  periodTarget!: MoneyDto | null;

  @Field(() => [TrendPointDto])
  points!: TrendPointDto[];
}

@ArgsType()
export class PerformanceTrendArgs {
  @Field({
    description: `${periodKeyDescription()}: a fiscal year or quarter to draw (a month or week draws itself)`,
  })
  @IsPeriodKey()
  period!: string;

  @Field(() => TrendGrain, { defaultValue: TrendGrain.MONTH })
  @IsEnum(TrendGrain)
  grain: TrendGrain = TrendGrain.MONTH;

  @Field(() => ID, { nullable: true, description: 'One rep (a rep: only themself, the default for a rep)' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a rep id' })
  repId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A team and everything below it. Without repId or teamId: the company for an admin',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;
}
