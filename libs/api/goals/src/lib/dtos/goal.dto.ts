import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { GoalMetric } from '../goal.entity';

registerEnumType(GoalMetric, {
  name: 'GoalMetric',
  description:
    'WON_REVENUE: value of deals won. DEALS_WON: their count. NEW_PIPELINE: value of deals engaged in the period.',
});

@ObjectType('Goal', {
  description: 'A target for a rep or a team in a period, with what has been achieved so far',
})
export class GoalDto {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  repId!: string | null;

  @Field(() => ID, { nullable: true })
  teamId!: string | null;

  @Field({ description: 'The rep or team name' })
  subjectName!: string;

  @Field()
  periodKey!: string;

  @Field(() => GoalMetric)
  metric!: GoalMetric;

  @Field({ description: 'Decimal amount for money metrics ("250000.00"), a whole number for counts' })
  target!: string;

  @Field({ description: 'Achieved so far, in the same unit as target' })
  actual!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'actual / target rounded half up to 4 decimals (1.0 = 100%); null for a zero target',
  })
  attainment!: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code for money metrics' })
  currency!: string | null;

  @Field(() => Int, { description: 'Send back as expectedVersion to detect concurrent edits' })
  version!: number;
}

@ObjectType('TeamGoalGap', { description: "A team's own target against the sum of its reps' targets" })
export class TeamGoalGapDto {
  @Field(() => ID)
  teamId!: string;

  @Field()
  teamName!: string;

  @Field(() => String, { nullable: true, description: 'The team goal, if one is set' })
  teamTarget!: string | null;

  @Field({ description: "Sum of the targets of the team's current reps" })
  repTargetSum!: string;

  @Field(() => Int, {
    description:
      "The team's active reps today (not those of teams below) with a goal for the period and metric",
  })
  repsWithGoal!: number;

  @Field(() => Int, {
    description:
      "The team's active reps today (not those of teams below) without a goal for the period and metric",
  })
  repsWithoutGoal!: number;

  @Field(() => String, {
    nullable: true,
    description: "teamTarget - repTargetSum; positive means the reps' goals fall short",
  })
  gap!: string | null;
}

@ObjectType('BulkGoalResult')
export class BulkGoalResultDto {
  @Field(() => Int, {
    description:
      'Goals written: for setTeamRepGoals one per active rep of the team itself (created or overwritten), for copyGoals those created in the target period',
  })
  written!: number;

  @Field(() => Int, { description: 'Goals left as they were (already set in the target period)' })
  skipped!: number;
}
