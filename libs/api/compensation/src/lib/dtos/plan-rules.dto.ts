import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PlanMetricKind {
  WON_REVENUE = 'WON_REVENUE',
  DEALS_WON = 'DEALS_WON',
  NEW_PIPELINE = 'NEW_PIPELINE',
}
export enum MeasureScopeKind {
  REP = 'REP',
  TEAM = 'TEAM',
}
export enum CurveKind {
  TIERED = 'TIERED',
  COMMISSION = 'COMMISSION',
}
registerEnumType(PlanMetricKind, {
  name: 'PlanMetric',
  description: 'The goal metric a measure reads (docs/metrics.md)',
});
registerEnumType(MeasureScopeKind, {
  name: 'MeasureScope',
  description: "REP: the rep's own result and goal; TEAM: their team's",
});
registerEnumType(CurveKind, {
  name: 'CurveKind',
  description:
    'TIERED: a share of the target incentive by attainment brackets; COMMISSION: a flat rate on won revenue',
});

@ObjectType('PlanTier', {
  description: "A bracket of a tiered curve, from the previous tier's upTo (0 for the first)",
})
export class PlanTierDto {
  @Field(() => String, {
    nullable: true,
    description: 'Attainment where the tier ends, e.g. "1.0"; null on the last, open tier',
  })
  upTo!: string | null;

  @Field({
    description: 'Payout fraction earned per unit of attainment inside the tier: "2" pays 2% per 1% attained',
  })
  rate!: string;
}

@ObjectType('PlanCurve', { description: 'How a measure pays; the fields of the other kind are null' })
export class PlanCurveDto {
  @Field(() => CurveKind)
  kind!: CurveKind;

  @Field(() => String, {
    nullable: true,
    description: 'TIERED: attainment below which nothing is paid, e.g. "0.5"',
  })
  threshold!: string | null;

  @Field(() => [PlanTierDto], { nullable: true, description: 'TIERED: the brackets, ascending' })
  tiers!: PlanTierDto[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'TIERED: the most the measure pays, as a fraction of its target incentive ("2.0"); null for no cap',
  })
  cap!: string | null;

  @Field(() => String, { nullable: true, description: 'COMMISSION: the rate on won revenue, e.g. "0.05"' })
  rate!: string | null;
}

@ObjectType('PlanMeasure', {
  description: 'What a plan pays on: a goal metric, whose result, its weight and its curve',
})
export class PlanMeasureDto {
  @Field({ description: 'Stable across versions; statement lines name it' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => PlanMetricKind)
  metric!: PlanMetricKind;

  @Field(() => MeasureScopeKind)
  scope!: MeasureScopeKind;

  @Field({
    description:
      'Share of the target variable pay, e.g. "0.75"; the weights of tiered measures add up to 1; "0" for a commission',
  })
  weight!: string;

  @Field(() => PlanCurveDto)
  curve!: PlanCurveDto;
}

@ObjectType('TeamBonus', { description: 'A fixed bonus paid when the team reaches its goal' })
export class TeamBonusDto {
  @Field({ description: 'The bonus in minor units, e.g. "200000" for 2,000.00' })
  amountMinor!: string;

  @Field({ description: 'Team attainment at which the whole bonus is paid, e.g. "1.0"' })
  threshold!: string;

  @Field(() => String, {
    nullable: true,
    description: 'From this attainment up to the threshold, a linear share is paid',
  })
  partialFrom!: string | null;

  @Field(() => PlanMetricKind, { description: 'The team goal the attainment is read from' })
  metric!: PlanMetricKind;
}

@ObjectType('PlanRules', {
  description: 'What a plan version pays, run by the payout engine the portal also runs for what-ifs',
})
export class PlanRulesDto {
  @Field({ description: 'ISO 4217 code of every amount in the plan' })
  currency!: string;

  @Field({ description: 'Target variable pay per pay period, in minor units' })
  targetVariableMinor!: string;

  @Field(() => [PlanMeasureDto])
  measures!: PlanMeasureDto[];

  @Field(() => TeamBonusDto, { nullable: true })
  teamBonus!: TeamBonusDto | null;

  @Field({
    description:
      'ROUND_HALF_UP: each line is rounded once to the minor unit; the total is the exact sum of the lines',
  })
  rounding!: string;
}
