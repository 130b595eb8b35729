import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ForecastMetric, ForecastSubjectKind } from './forecast.args';
import { ForecastMethodKey } from './forecast.dto';
import { ForecastNoteDto } from './forecast-note.dto';

export enum GoalFlag {
  ABOVE_P90 = 'ABOVE_P90',
  BELOW_P25 = 'BELOW_P25',
  WITHIN = 'WITHIN',
  NO_GOAL = 'NO_GOAL',
  NO_FORECAST = 'NO_FORECAST',
}
registerEnumType(GoalFlag, {
  name: 'GoalFlag',
  description:
    'How an existing goal sits in the forecast distribution: ABOVE_P90 (fewer than 1 in 10 outcomes reach it: unrealistic), BELOW_P25 (3 in 4 outcomes beat it: too easy), WITHIN, NO_GOAL (none set), NO_FORECAST (no interval to judge by).',
});

@ObjectType('GoalSuggestion', {
  description:
    "A suggested target for one rep or team, drawn from the recommended method's forecast distribution",
})
export class GoalSuggestionDto {
  @Field(() => ForecastSubjectKind)
  subjectKind!: ForecastSubjectKind;

  @Field(() => ID)
  subjectId!: string;

  @Field()
  subjectName!: string;

  @Field(() => ID, { nullable: true, description: "A rep's team, a team's parent" })
  parentId!: string | null;

  @Field(() => ForecastMethodKey, {
    nullable: true,
    description: 'The time-series method with the best backtest WAPE, whose distribution is used',
  })
  method!: ForecastMethodKey | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The chosen percentile of the forecast: decimal money for WON_REVENUE, a whole number of deals for DEALS_WON (rounded); null without an interval',
  })
  suggestedTarget!: string | null;

  @Field(() => String, { nullable: true, description: 'Point forecast of the period' })
  point!: string | null;

  @Field(() => String, { nullable: true })
  p10!: string | null;

  @Field(() => String, { nullable: true })
  p25!: string | null;

  @Field(() => String, { nullable: true })
  p50!: string | null;

  @Field(() => String, { nullable: true })
  p90!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The goal set for the period and metric, in the same unit',
  })
  existingGoal!: string | null;

  @Field(() => Int, {
    description:
      "The existing goal's version, to send back as setGoals' expectedVersion (0 when there is no goal), so a goal changed meanwhile answers CONFLICT",
  })
  existingGoalVersion!: number;

  @Field(() => GoalFlag)
  flag!: GoalFlag;

  @Field(() => String, {
    nullable: true,
    description:
      'Why there is no suggestion, or which method it comes from, in English: the sentences of notes joined by a space',
  })
  note!: string | null;

  @Field(() => [ForecastNoteDto], {
    description: 'The sentences of note, each as a template key and its params',
  })
  notes!: ForecastNoteDto[];
}

@ObjectType('GoalSuggestions', { description: 'Suggested targets for every rep and team you may see' })
export class GoalSuggestionsDto {
  @Field()
  period!: string;

  @Field(() => ForecastMetric)
  metric!: ForecastMetric;

  @Field({ description: 'The forecasts are as of the start of this day, YYYY-MM-DD' })
  asOf!: string;

  @Field(() => Int, {
    description:
      'The percentile of each forecast distribution that suggestedTarget gives, 1 to 99 (50 = the median), as asked',
  })
  percentile!: number;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code for WON_REVENUE; null for DEALS_WON' })
  currency!: string | null;

  @Field(() => [GoalSuggestionDto], { description: 'Teams first, then reps, each by name' })
  rows!: GoalSuggestionDto[];
}
