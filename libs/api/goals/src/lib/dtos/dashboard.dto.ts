import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsPeriodKey, periodKeyDescription } from '@salesops/api/core';
import { MoneyDto } from '@salesops/api/pipeline';
import { IsOptional, IsUUID } from 'class-validator';

import { PeriodDto } from './performance.dto';

@ObjectType('TeamPerformance', {
  description:
    'A team and everything below it for a period: closed deals of whoever was in it on the day, open pipeline of its reps today',
})
export class TeamPerformanceDto {
  @Field(() => ID)
  teamId!: string;

  @Field()
  name!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The team above; null for a top-level team (or one above your reach)',
  })
  parentId!: string | null;

  @Field(() => Int, { description: 'Reps who belonged to the team (or below) on any day of the period' })
  reps!: number;

  @Field(() => MoneyDto, {
    description:
      'Sum of the amounts of deals won with a close date in the period, of whoever was in the team (or below it) on the close date',
  })
  wonRevenue!: MoneyDto;

  @Field(() => Int, {
    description:
      'Deals won with a close date in the period, of whoever was in the team (or below it) on the close date',
  })
  dealsWon!: number;

  @Field(() => Int, {
    description:
      'Deals lost with a close date in the period, of whoever was in the team (or below it) on the close date',
  })
  dealsLost!: number;

  @Field(() => Float, { nullable: true, description: 'Won / (won + lost) among deals closed in the period' })
  winRate!: number | null;

  @Field(() => Int, { description: 'Deals open now, of the reps in the team now' })
  openDeals!: number;

  @Field(() => MoneyDto, {
    description:
      "Value of deals open now (the product list price where the CRM has no amount), of the reps in the team (or below it) now: today's, for a past period too",
  })
  openPipeline!: MoneyDto;

  @Field(() => MoneyDto, { description: "Open pipeline weighted by each stage's win probability" })
  weightedPipeline!: MoneyDto;

  @Field(() => MoneyDto, {
    nullable: true,
    description: "The team's own WON_REVENUE goal for the period, if set",
  })
  wonRevenueTarget!: MoneyDto | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Won revenue / goal rounded half up to 4 decimals (1.0 = 100%); null without a goal',
  })
  attainment!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Open pipeline / what remains of the goal (3.0 = three times the gap); null without a goal or once it is met',
  })
  pipelineCoverage!: number | null;
}

@ObjectType('StageStep', { description: 'One stage of the sales process and how many deals went on from it' })
export class StageStepDto {
  @Field(() => ID)
  stageId!: string;

  @Field()
  stageName!: string;

  @Field(() => Int, {
    description: "The stage's position in the sales process (SalesStage.position); steps come in this order",
  })
  position!: number;

  @Field(() => Int, { description: 'Deals that reached this stage' })
  entered!: number;

  @Field(() => Int, {
    description: 'Of those, deals that reached the next stage (the last open stage: that were won)',
  })
  advanced!: number;

  @Field(() => Float, { nullable: true, description: 'advanced / entered; null when none entered' })
  conversionRate!: number | null;

  @Field(() => Int, { description: 'Deals lost with this as the furthest stage they reached' })
  lostHere!: number;

  @Field(() => Int, { description: 'Deals still open in this stage' })
  openHere!: number;
}

@ObjectType('StageConversion', {
  description:
    "Stage-to-stage conversion of a book of deals as of the period's end, from each deal's stage history " +
    '(a won deal passed every open stage; a deal with an engage date left the first one)',
})
export class StageConversionDto {
  @Field(() => PeriodDto)
  period!: PeriodDto;

  @Field(() => Int, {
    description:
      "Deals in the book: every deal with a rep engaged before the period's end or not engaged yet, whenever it closed (one closed after the end counts as open)",
  })
  deals!: number;

  @Field(() => Int, {
    description:
      "Of those, deals won before the period's end, in whatever period they closed (a won deal without a close date too)",
  })
  won!: number;

  @Field(() => Int, {
    description:
      "Of those, deals lost before the period's end, in whatever period they closed (a lost deal without a close date too)",
  })
  lost!: number;

  @Field(() => [StageStepDto], { description: 'The open stages in funnel order' })
  steps!: StageStepDto[];
}

@ArgsType()
export class StageConversionArgs {
  @Field({ description: periodKeyDescription() })
  @IsPeriodKey()
  period!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Deals of the reps who were in this team (or below) on the day each deal was engaged (at the period end for a lead not yet engaged)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;

  @Field(() => ID, { nullable: true, description: "One rep's deals" })
  @IsOptional()
  @IsUUID('all', { message: 'must be a rep id' })
  repId?: string;
}
