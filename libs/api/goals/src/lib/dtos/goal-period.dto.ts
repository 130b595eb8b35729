import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class GoalPeriodsArgs {
  @Field(() => ID, {
    nullable: true,
    description: "Only this rep's own goals (a rep sees only their own either way)",
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a rep id' })
  repId?: string;
}

@ObjectType('GoalPeriod', { description: 'A fiscal period that holds goals you may see' })
export class GoalPeriodDto {
  @Field({ description: 'The period key: FY2017, FY2017-Q1, 2017-03 or 2017-W09' })
  periodKey!: string;

  @Field({ description: 'First day of the period (YYYY-MM-DD)' })
  start!: string;

  @Field({ description: 'Day after the last day of the period (YYYY-MM-DD, exclusive)' })
  end!: string;

  @Field(() => Int, {
    description: 'How many goals you may see in this period (every metric, reps and teams)',
  })
  goals!: number;
}
