import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DATE_FORMAT_TEXT, IsCalendarDate, Trim } from '@salesops/api/core';
import { Type } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

import { PayFrequency } from '../entities/plan-version-status';
import { PlanRulesInput } from './plan-rules.input';

/** The longest plan document kept (Markdown, about 30 printed pages). */
export const PLAN_DOCUMENT_MAX = 100_000;

@InputType({ description: "A version's content: saved into a draft, or as the first draft of a new plan" })
export class PlanVersionContentInput {
  @Field(() => PayFrequency, {
    description: 'The pay periods it pays for; its target variable pay is per one of them',
  })
  @IsEnum(PayFrequency)
  payFrequency!: PayFrequency;

  @Field({ description: `First day it applies, ${DATE_FORMAT_TEXT}` })
  @IsCalendarDate()
  effectiveFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: `Day after the last it applies, ${DATE_FORMAT_TEXT}; empty for open-ended`,
  })
  @IsOptional()
  @IsCalendarDate()
  effectiveTo?: string | null;

  @Field({
    description: `The plan in plain words (Markdown), at most ${PLAN_DOCUMENT_MAX.toLocaleString('en')} characters`,
  })
  @IsString()
  @MaxLength(PLAN_DOCUMENT_MAX)
  document!: string;

  @Field(() => PlanRulesInput)
  @ValidateNested()
  @Type(() => PlanRulesInput)
  rules!: PlanRulesInput;
}

@InputType()
export class CreateCompPlanInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name!: string;

  @Field(() => PlanVersionContentInput, { description: 'Its first version, as a draft' })
  @ValidateNested()
  @Type(() => PlanVersionContentInput)
  content!: PlanVersionContentInput;
}

@InputType()
export class SavePlanDraftInput {
  @Field(() => ID)
  @IsUUID()
  versionId!: string;

  @Field(() => Int, { description: 'The version read; a draft changed since answers CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => PlanVersionContentInput)
  @ValidateNested()
  @Type(() => PlanVersionContentInput)
  content!: PlanVersionContentInput;
}

@InputType()
export class PlanVersionRefInput {
  @Field(() => ID)
  @IsUUID()
  versionId!: string;
}

@InputType()
export class NewPlanVersionInput {
  @Field(() => ID, { description: 'The plan; the new draft starts as a copy of its latest version' })
  @IsUUID()
  planId!: string;
}
