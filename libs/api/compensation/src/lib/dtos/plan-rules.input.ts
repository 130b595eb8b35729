import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { CurveKind, MeasureScopeKind, PlanMetricKind } from './plan-rules.dto';

// Shapes only: the rules themselves (ranges, sums, order) are checked by the domain's validatePlanRules,
// which names every problem at once with its path.

@InputType()
export class PlanTierInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  upTo?: string | null;

  @Field()
  @IsString()
  @MaxLength(20)
  rate!: string;
}

@InputType()
export class PlanCurveInput {
  @Field(() => CurveKind)
  @IsEnum(CurveKind)
  kind!: CurveKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  threshold?: string | null;

  @Field(() => [PlanTierInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PlanTierInput)
  tiers?: PlanTierInput[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  cap?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  rate?: string | null;
}

@InputType()
export class PlanMeasureInput {
  @Field()
  @IsString()
  @MaxLength(40)
  key!: string;

  @Field()
  @IsString()
  @MaxLength(120)
  label!: string;

  @Field(() => PlanMetricKind)
  @IsEnum(PlanMetricKind)
  metric!: PlanMetricKind;

  @Field(() => MeasureScopeKind)
  @IsEnum(MeasureScopeKind)
  scope!: MeasureScopeKind;

  @Field()
  @IsString()
  @MaxLength(20)
  weight!: string;

  @Field(() => PlanCurveInput)
  @ValidateNested()
  @Type(() => PlanCurveInput)
  curve!: PlanCurveInput;
}

@InputType()
export class TeamBonusInput {
  @Field({ description: 'Minor units' })
  @IsString()
  @MaxLength(20)
  amountMinor!: string;

  @Field()
  @IsString()
  @MaxLength(20)
  threshold!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  partialFrom?: string | null;

  @Field(() => PlanMetricKind, { nullable: true, description: 'WON_REVENUE when absent' })
  @IsOptional()
  @IsEnum(PlanMetricKind)
  metric?: PlanMetricKind | null;
}

@InputType({
  description:
    "A plan version's rules; checked as a whole, every problem named with its path (rules.measures.1.weight)",
})
export class PlanRulesInput {
  @Field()
  @IsString()
  @MaxLength(3)
  currency!: string;

  @Field({ description: 'Target variable pay per pay period, in minor units' })
  @IsString()
  @MaxLength(20)
  targetVariableMinor!: string;

  @Field(() => [PlanMeasureInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PlanMeasureInput)
  measures!: PlanMeasureInput[];

  @Field(() => TeamBonusInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TeamBonusInput)
  teamBonus?: TeamBonusInput | null;
}
