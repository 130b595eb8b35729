import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsCalendarDate, IsPeriodKey, periodKeyDescription } from '@salesops/api/core';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

import { AS_OF_DESCRIPTION, ForecastMetric, ForecastSubjectKind } from './forecast.args';
import { ForecastMethodKey, ForecastSubjectDto } from './forecast.dto';

@InputType()
export class SaveForecastSnapshotInput {
  @Field(() => ForecastSubjectKind)
  @IsEnum(ForecastSubjectKind)
  subject!: ForecastSubjectKind;

  @Field(() => ID, { nullable: true, description: 'The rep or team id; omitted for COMPANY' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a rep or team id' })
  subjectId?: string;

  @Field({ description: `${periodKeyDescription()}; a month, quarter or fiscal year that ends after asOf` })
  @IsPeriodKey()
  period!: string;

  @Field(() => ForecastMetric, { defaultValue: ForecastMetric.WON_REVENUE })
  @IsEnum(ForecastMetric)
  metric: ForecastMetric = ForecastMetric.WON_REVENUE;

  @Field({ nullable: true, description: AS_OF_DESCRIPTION })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

@ArgsType()
export class ForecastSnapshotsArgs {
  @Field(() => ForecastSubjectKind)
  @IsEnum(ForecastSubjectKind)
  subject!: ForecastSubjectKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The rep or team id; omitted for COMPANY (and for a rep asking about themself)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a rep or team id' })
  subjectId?: string;

  @Field(() => ForecastMetric, { defaultValue: ForecastMetric.WON_REVENUE })
  @IsEnum(ForecastMetric)
  metric: ForecastMetric = ForecastMetric.WON_REVENUE;

  @Field({ nullable: true, description: `Only snapshots of this period: ${periodKeyDescription()}` })
  @IsOptional()
  @IsPeriodKey()
  period?: string;

  @Field(() => Int, {
    defaultValue: 100,
    description: 'The newest snapshot rows to list, 1 to 500 (accuracy counts them all)',
  })
  @IsInt()
  @Min(1)
  @Max(500)
  first = 100;
}

@ObjectType('ForecastSnapshot', {
  description: "One method's forecast as it was frozen, and once the period has ended, how it did",
})
export class ForecastSnapshotDto {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'Shared by the rows saved together (one per method)' })
  batchId!: string;

  @Field()
  period!: string;

  @Field({ description: 'The forecast was as of the start of this day, YYYY-MM-DD' })
  asOf!: string;

  @Field(() => ForecastMethodKey)
  method!: ForecastMethodKey;

  @Field({ description: 'The method was the recommended one when the snapshot was taken' })
  recommended!: boolean;

  @Field({ description: "Decimal text in the metric's unit (money for WON_REVENUE, deals for DEALS_WON)" })
  point!: string;

  @Field(() => String, { nullable: true })
  p10!: string | null;

  @Field(() => String, { nullable: true })
  p50!: string | null;

  @Field(() => String, { nullable: true })
  p90!: string | null;

  @Field(() => String, { nullable: true })
  savedBy!: string | null;

  @Field(() => Date)
  savedAt!: Date;

  @Field(() => String, { nullable: true, description: 'What was won in the period; null until it has ended' })
  actual!: string | null;

  @Field(() => String, { nullable: true, description: 'actual − point; null until the period has ended' })
  error!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The actual fell inside P10–P90; null without both' })
  insideInterval!: boolean | null;
}

@ObjectType('ForecastAccuracy', { description: "One method's record over a subject's scored snapshots" })
export class ForecastAccuracyDto {
  @Field(() => ForecastMethodKey)
  method!: ForecastMethodKey;

  @Field(() => Int, { description: 'Snapshots whose period has ended' })
  scored!: number;

  @Field(() => Float, { nullable: true, description: 'WAPE = Σ|A−F| / Σ|A| over them' })
  wape!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Bias = Σ(F−A) / ΣA: + over-forecast, − under-forecast',
  })
  bias!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share inside P10–P90 among those with an interval' })
  coverage!: number | null;
}

@ObjectType('ForecastSnapshots', {
  description: "A subject's frozen forecasts with their accuracy once scored",
})
export class ForecastSnapshotsDto {
  @Field(() => ForecastSubjectDto)
  subject!: ForecastSubjectDto;

  @Field(() => ForecastMetric)
  metric!: ForecastMetric;

  @Field(() => [ForecastSnapshotDto], { description: 'Newest first' })
  snapshots!: ForecastSnapshotDto[];

  @Field(() => [ForecastAccuracyDto], { description: 'Best WAPE first' })
  accuracy!: ForecastAccuracyDto[];
}
