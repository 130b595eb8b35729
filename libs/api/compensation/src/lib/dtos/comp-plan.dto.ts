import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { PayFrequency, PlanVersionStatus } from '../entities/plan-version-status';
import { PlanRulesDto } from './plan-rules.dto';

registerEnumType(PlanVersionStatus, {
  name: 'PlanVersionStatus',
  description: 'DRAFT (editable), PUBLISHED (fixed; reps accept it), RETIRED (replaced; its statements stay)',
});
registerEnumType(PayFrequency, {
  name: 'PayFrequency',
  description: 'The pay periods a plan version pays for',
});

@ObjectType('PlanVersion', { description: 'One version of a compensation plan: its document and its rules' })
export class PlanVersionDto {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  planId!: string;

  @Field()
  planName!: string;

  @Field(() => Int, { description: '1, 2, 3... within the plan' })
  number!: number;

  @Field(() => PlanVersionStatus)
  status!: PlanVersionStatus;

  @Field(() => PayFrequency)
  payFrequency!: PayFrequency;

  @Field({ description: 'First day it applies (YYYY-MM-DD)' })
  effectiveFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Day after the last it applies; null while open-ended',
  })
  effectiveTo!: string | null;

  @Field({ description: 'The plan in plain words (Markdown), with worked examples' })
  document!: string;

  @Field(() => PlanRulesDto)
  rules!: PlanRulesDto;

  @Field({ description: 'SHA-256 of the document and rules: what a rep accepts' })
  contentHash!: string;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Int, { description: 'Reps assigned to it today or later' })
  assignedReps!: number;

  @Field(() => Int, { description: 'Of those, how many accepted this exact version' })
  acknowledgedReps!: number;

  @Field(() => Int, {
    description: 'Optimistic-lock version: send it back as expectedVersion when saving a draft',
  })
  version!: number;
}

@ObjectType('CompPlan', { description: 'A compensation plan and its versions, newest first' })
export class CompPlanDto {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => [PlanVersionDto])
  versions!: PlanVersionDto[];
}
