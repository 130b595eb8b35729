import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsPeriodKey, periodKeyDescription, Trim } from '@salesops/api/core';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

import { ForecastCallKind } from '../forecast.enums';
import { ForecastMetric, ForecastSubjectKind } from './forecast.args';

registerEnumType(ForecastCallKind, {
  name: 'ForecastCallKind',
  description:
    "SUBMISSION: the subject's own call (a rep's, or a manager's for their team). ADJUSTMENT: a manager's change to a report's call, with a note; it never changes deals.",
});

const AMOUNT = /^\d{1,13}(\.\d{1,2})?$/;
const AMOUNT_TEXT =
  'Decimal text for WON_REVENUE ("250000" or "250000.50"), a whole number of deals for DEALS_WON';

@InputType()
export class SubmitForecastCallInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The rep called for: yourself (a rep may omit it), or a report of yours (an adjustment)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a rep id' })
  repId?: string;

  @Field(() => ID, {
    nullable: true,
    description: "A team you manage: the team's own call (give repId or teamId)",
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;

  @Field({ description: `${periodKeyDescription()}; a month, quarter or fiscal year` })
  @IsPeriodKey()
  period!: string;

  @Field(() => ForecastMetric, { defaultValue: ForecastMetric.WON_REVENUE })
  @IsEnum(ForecastMetric)
  metric: ForecastMetric = ForecastMetric.WON_REVENUE;

  @Field({ description: `What the caller is confident will be won in the period. ${AMOUNT_TEXT}` })
  @IsString()
  @Matches(AMOUNT, { message: 'must be a non-negative number with at most 2 decimals' })
  commit!: string;

  @Field({ description: `What could be won if things go well; at least the commit. ${AMOUNT_TEXT}` })
  @IsString()
  @Matches(AMOUNT, { message: 'must be a non-negative number with at most 2 decimals' })
  bestCase!: string;

  @Field({
    nullable: true,
    description: "Why; required when a manager adjusts a report's call (1 to 500 characters)",
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  note?: string;
}

@ObjectType('ForecastCall', {
  description: 'One call as it was made; calls are never changed, a new one supersedes',
})
export class ForecastCallDto {
  @Field(() => ID)
  id!: string;

  @Field(() => ForecastSubjectKind, { description: 'REP or TEAM' })
  subjectKind!: ForecastSubjectKind;

  @Field(() => ID)
  subjectId!: string;

  @Field()
  subjectName!: string;

  @Field()
  period!: string;

  @Field(() => ForecastMetric)
  metric!: ForecastMetric;

  @Field(() => ForecastCallKind)
  kind!: ForecastCallKind;

  @Field({ description: AMOUNT_TEXT })
  commit!: string;

  @Field({ description: AMOUNT_TEXT })
  bestCase!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field({ description: 'Who made the call (a user, or an API key by its name)' })
  submittedBy!: string;

  @Field(() => Date)
  submittedAt!: Date;
}

@ObjectType('ForecastCallStanding', {
  description: "A rep's or team's call for a period: their own, a manager's adjustment, and the roll-up",
})
export class ForecastCallStandingDto {
  @Field(() => ForecastSubjectKind)
  subjectKind!: ForecastSubjectKind;

  @Field(() => ID)
  subjectId!: string;

  @Field()
  subjectName!: string;

  @Field(() => ID, { nullable: true, description: "A rep's team, a team's parent" })
  parentId!: string | null;

  @Field(() => ForecastCallDto, { nullable: true, description: "The subject's latest own call" })
  submission!: ForecastCallDto | null;

  @Field(() => ForecastCallDto, { nullable: true, description: "A manager's latest adjustment (reps only)" })
  adjustment!: ForecastCallDto | null;

  @Field(() => String, {
    nullable: true,
    description: 'The call in force: the later of submission and adjustment',
  })
  commit!: string | null;

  @Field(() => String, { nullable: true })
  bestCase!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The commit in force 7 days ago, for the weekly change',
  })
  commitLastWeek!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Teams: the sum of the commits in force of the reps in the team and below it today',
  })
  repCommitSum!: string | null;

  @Field(() => String, { nullable: true })
  repBestCaseSum!: string | null;

  @Field(() => String, { nullable: true, description: 'The goal set for the period and metric' })
  goal!: string | null;

  @Field(() => Int, {
    description:
      "Ended periods whose call in force at the end (own or adjusted) is scored in the caller's record",
  })
  callsScored!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "The record: bias of those calls' commits = Σ(commit − won) / Σwon. Consistently below 0: sandbagging; above 0: happy ears. Null without a scored call",
  })
  callBias!: number | null;
}

@ObjectType('ForecastCalls', {
  description: 'Calls for a period of every rep and team you may see, teams first',
})
export class ForecastCallsDto {
  @Field()
  period!: string;

  @Field(() => ForecastMetric)
  metric!: ForecastMetric;

  @Field(() => String, { nullable: true })
  currency!: string | null;

  @Field(() => [ForecastCallStandingDto])
  rows!: ForecastCallStandingDto[];
}

@ArgsType()
export class ForecastCallsArgs {
  @Field({ description: `${periodKeyDescription()}; a month, quarter or fiscal year` })
  @IsPeriodKey()
  period!: string;

  @Field(() => ForecastMetric, { defaultValue: ForecastMetric.WON_REVENUE })
  @IsEnum(ForecastMetric)
  metric: ForecastMetric = ForecastMetric.WON_REVENUE;

  @Field(() => ID, { nullable: true, description: 'Only this team, the teams below it and their reps' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;
}

@ArgsType()
export class ForecastCallHistoryArgs {
  @Field(() => ForecastSubjectKind, { description: 'REP or TEAM' })
  @IsEnum(ForecastSubjectKind)
  subject!: ForecastSubjectKind;

  @Field(() => ID, { nullable: true, description: 'The rep or team id (a rep may omit it)' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a rep or team id' })
  subjectId?: string;

  @Field({ description: `${periodKeyDescription()}; a month, quarter or fiscal year` })
  @IsPeriodKey()
  period!: string;

  @Field(() => ForecastMetric, { defaultValue: ForecastMetric.WON_REVENUE })
  @IsEnum(ForecastMetric)
  metric: ForecastMetric = ForecastMetric.WON_REVENUE;
}
