import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsPeriodKey, periodKeyDescription } from '@salesops/api/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import { GoalMetric } from '../goal.entity';

const TARGET = /^\d{1,13}(\.\d{1,2})?$/;

@ArgsType()
export class GoalsArgs {
  @Field({ description: periodKeyDescription() })
  @IsPeriodKey()
  period!: string;

  @Field(() => ID, { nullable: true, description: 'Goals of this team, the teams below it and their reps' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;

  @Field(() => GoalMetric, { nullable: true })
  @IsOptional()
  @IsEnum(GoalMetric)
  metric?: GoalMetric;
}

@InputType()
export class SetGoalInput {
  @Field(() => ID, { nullable: true, description: 'Either repId or teamId' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a rep id' })
  repId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;

  @Field({ description: periodKeyDescription() })
  @IsPeriodKey()
  period!: string;

  @Field(() => GoalMetric)
  @IsEnum(GoalMetric)
  metric!: GoalMetric;

  @Field({ description: 'Decimal text for money ("250000" or "250000.50"), a whole number for DEALS_WON' })
  @IsString()
  @Matches(TARGET, { message: 'must be a non-negative number with at most 2 decimals' })
  target!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you edited (0: you saw no goal); a different one answers CONFLICT',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedVersion?: number;
}

@InputType()
export class SetGoalsInput {
  @Field(() => [SetGoalInput], { description: '1 to 500 goals; all are stored or none' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => SetGoalInput)
  goals!: SetGoalInput[];
}

@InputType()
export class SetTeamRepGoalsInput {
  @Field(() => ID, { description: 'Every active rep directly in this team gets the target' })
  @IsUUID('all', { message: 'must be a team id' })
  teamId!: string;

  @Field({ description: periodKeyDescription() })
  @IsPeriodKey()
  period!: string;

  @Field(() => GoalMetric)
  @IsEnum(GoalMetric)
  metric!: GoalMetric;

  @Field()
  @IsString()
  @Matches(TARGET, { message: 'must be a non-negative number with at most 2 decimals' })
  target!: string;
}

@InputType()
export class CopyGoalsInput {
  @Field({ description: periodKeyDescription() })
  @IsPeriodKey()
  fromPeriod!: string;

  @Field({ description: periodKeyDescription() })
  @IsPeriodKey()
  toPeriod!: string;

  @Field(() => Int, { defaultValue: 0, description: 'Change in whole percent, e.g. 10 for +10%, -5 for -5%' })
  @IsInt()
  @Min(-100)
  @Max(1000)
  percentChange = 0;

  @Field(() => ID, {
    nullable: true,
    description: 'Only goals of this team, the teams below it and their reps',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;
}
