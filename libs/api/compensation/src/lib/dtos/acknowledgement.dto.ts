import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsUUID, Matches } from 'class-validator';

import { PlanVersionDto } from './comp-plan.dto';

@ObjectType('MyPlan', {
  description: 'A plan version the signed-in rep is (or will be) on, and whether they accepted it',
})
export class MyPlanDto {
  @Field(() => ID)
  assignmentId!: string;

  @Field({ description: 'First day it applies to the rep (YYYY-MM-DD)' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'Day after the last; null while open-ended' })
  validTo!: string | null;

  @Field(() => PlanVersionDto)
  version!: PlanVersionDto;

  @Field(() => Date, {
    nullable: true,
    description: 'When the rep accepted this exact version (document and rules); null until they do',
  })
  acceptedAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The last version of the same plan the rep accepted, if any',
  })
  previousAcceptedNumber!: number | null;

  @Field(() => [String], {
    description:
      'What changed in the rules since that version, one sentence each; empty when none was accepted',
  })
  changes!: string[];

  @Field({ description: 'Whether the document (the plan in words) changed since that version' })
  documentChanged!: boolean;
}

@InputType()
export class AcknowledgePlanInput {
  @Field(() => ID)
  @IsUUID()
  planVersionId!: string;

  @Field({
    description: "The version's contentHash as the rep saw it: a version changed since is refused (CONFLICT)",
  })
  @Matches(/^[0-9a-f]{64}$/, { message: 'must be the 64-character contentHash of the version' })
  contentHash!: string;
}
