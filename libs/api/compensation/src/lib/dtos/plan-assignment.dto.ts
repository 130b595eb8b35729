import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DATE_FORMAT_TEXT, IsCalendarDate } from '@salesops/api/core';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';

@ObjectType('PlanAssignment', {
  description: 'A rep on a plan version from one day until (excluded) another',
})
export class PlanAssignmentDto {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  repId!: string;

  @Field()
  repName!: string;

  @Field({ description: "The rep's team today" })
  teamName!: string;

  @Field(() => ID)
  planVersionId!: string;

  @Field()
  planName!: string;

  @Field(() => Int, { description: "The version's number within its plan (PlanVersion.number: 1, 2, 3...)" })
  versionNumber!: number;

  @Field({ description: 'First day (YYYY-MM-DD)' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'Day after the last; null while open-ended' })
  validTo!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the rep accepted this exact version; null until they do',
  })
  acknowledgedAt!: Date | null;
}

@InputType({ description: 'Reps by id, or a whole team (and the teams below it), onto a published version' })
export class AssignPlanInput {
  @Field(() => ID)
  @IsUUID()
  planVersionId!: string;

  @Field(() => [ID], { nullable: true, description: 'At most 1,000 reps' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  repIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Every active rep of this team and the teams below it' })
  @IsOptional()
  @IsUUID()
  teamId?: string | null;

  @Field({ description: `First day, ${DATE_FORMAT_TEXT}` })
  @IsCalendarDate()
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: `Day after the last, ${DATE_FORMAT_TEXT}; empty for open-ended`,
  })
  @IsOptional()
  @IsCalendarDate()
  validTo?: string | null;
}

@InputType()
export class EndPlanAssignmentInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId!: string;

  @Field({ description: `Day after the last, ${DATE_FORMAT_TEXT}; on or before its first day removes it` })
  @IsCalendarDate()
  validTo!: string;
}

@ArgsType()
export class PlanAssignmentsArgs {
  @Field(() => ID, { nullable: true, description: 'Only assignments to this version' })
  @IsOptional()
  @IsUUID()
  planVersionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only assignments of this rep' })
  @IsOptional()
  @IsUUID()
  repId?: string | null;
}
