import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsPeriodKey, periodKeyDescription } from '@salesops/api/core';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';

import { GoalMetric } from '../goal.entity';

@ArgsType()
export class GoalActualsArgs {
  @Field({ description: periodKeyDescription() })
  @IsPeriodKey()
  period!: string;

  @Field(() => GoalMetric)
  @IsEnum(GoalMetric)
  metric!: GoalMetric;

  @Field(() => ID, {
    nullable: true,
    description: 'This team, the teams below it and their reps (their team now)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;
}

@ObjectType('GoalActual', {
  description:
    "What a rep or team achieved on a goal metric in a period whether or not it has a goal, by the same rule as Goal.actual: a rep's own deals; a team's, the deals of everyone in it or below it on each deal's date",
})
export class GoalActualDto {
  @Field(() => ID, { nullable: true, description: 'The rep, or null for a team' })
  repId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The team, or null for a rep' })
  teamId!: string | null;

  @Field({
    description:
      'Achieved in the period, in the unit of a target of this metric ("250000.00" for money, "12" deals)',
  })
  actual!: string;
}
