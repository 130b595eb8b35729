import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DATE_FORMAT_TEXT, IsCalendarDate } from '@salesops/api/core';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

@ObjectType('RepAbsence')
export class RepAbsenceDto {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'First day away, YYYY-MM-DD' })
  startsOn!: string;

  @Field({ description: 'Last day away, YYYY-MM-DD' })
  endsOn!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}

@ObjectType('RoutingRule', { description: 'How a rep takes part in lead routing' })
export class RoutingRuleDto {
  @Field(() => ID)
  repId!: string;

  @Field()
  repName!: string;

  @Field()
  repActive!: boolean;

  @Field(() => Int, { description: 'Relative share of new leads; 0 = not routed to' })
  weight!: number;

  @Field(() => Int, { nullable: true, description: 'Most routed leads per calendar month; null = no cap' })
  capacityPerMonth!: number | null;

  @Field(() => Int, { description: 'Leads routed to the rep this month' })
  routedThisMonth!: number;

  @Field(() => [RepAbsenceDto], { description: 'Absences that have not ended' })
  absences!: RepAbsenceDto[];
}

/** Why routing passed a rep over for a lead. */
export enum RoutingSkipReason {
  INACTIVE = 'INACTIVE',
  /** Weight 0: the rep takes no new leads. */
  ZERO_WEIGHT = 'ZERO_WEIGHT',
  /** Away today: `until` is the last day away. */
  ABSENT = 'ABSENT',
  /** The monthly cap is reached: `capacity` is the cap. */
  AT_CAPACITY = 'AT_CAPACITY',
}
registerEnumType(RoutingSkipReason, {
  name: 'RoutingSkipReason',
  description: 'Why routing passed a rep over for a lead',
});

@ObjectType('RoutingSkip', { description: 'A rep routing passed over for a lead, and why' })
export class RoutingSkipDto {
  @Field()
  repName!: string;

  @Field(() => RoutingSkipReason)
  why!: RoutingSkipReason;

  @Field(() => String, { nullable: true, description: 'ABSENT: the last day away, YYYY-MM-DD' })
  until!: string | null;

  @Field(() => Int, { nullable: true, description: 'AT_CAPACITY: the monthly cap' })
  capacity!: number | null;
}

@ObjectType('RoutingDecision', { description: 'Why a deal went to a rep, or to nobody' })
export class RoutingDecisionDto {
  @Field(() => ID)
  id!: string;

  @Field()
  dealExternalId!: string;

  @Field(() => String, { nullable: true })
  repName!: string | null;

  @Field()
  decidedAt!: Date;

  @Field({
    description: 'The decision in words (English); the fields below give its facts, for clients that word it',
  })
  reason!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "The chosen rep's weight; null when nobody was chosen, or for decisions made before these facts were kept",
  })
  weight!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many reps could take the lead; null for decisions made before these facts were kept',
  })
  availableReps!: number | null;

  @Field(() => [RoutingSkipDto], { description: 'The reps passed over, and why' })
  skipped!: RoutingSkipDto[];
}

@ObjectType('RoutingOutcome')
export class RoutingOutcomeDto {
  @Field(() => Int, { description: 'Open deals without a rep that this run gave to a rep' })
  routed!: number;

  @Field(() => Int, { description: 'Deals left without a rep because nobody was available' })
  unassigned!: number;
}

@InputType()
export class SetRoutingRuleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a rep id' })
  repId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100)
  weight!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  capacityPerMonth?: number | null;
}

@InputType()
export class AddAbsenceInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a rep id' })
  repId!: string;

  @Field({ description: `First day away, ${DATE_FORMAT_TEXT}` })
  @IsCalendarDate()
  startsOn!: string;

  @Field({ description: `Last day away, ${DATE_FORMAT_TEXT}` })
  @IsCalendarDate()
  endsOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reason?: string | null;
}

@ArgsType()
export class RoutingDecisionsArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a rep id' })
  repId?: string;

  @Field(() => String, { nullable: true, description: "The deal's external id" })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  dealExternalId?: string;

  @Field(() => Int, { defaultValue: 100 })
  @IsInt()
  @Min(1)
  @Max(1000)
  first = 100;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset = 0;
}
