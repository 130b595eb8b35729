import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PayoutLineKind {
  MEASURE = 'MEASURE',
  COMMISSION = 'COMMISSION',
  TEAM_BONUS = 'TEAM_BONUS',
  ADJUSTMENT = 'ADJUSTMENT',
  CLAWBACK = 'CLAWBACK',
}
registerEnumType(PayoutLineKind, {
  name: 'PayoutLineKind',
  description:
    "MEASURE: a weighted share of the target variable pay on a tiered curve. COMMISSION: a flat rate on revenue won. TEAM_BONUS: paid when the rep's team reaches its goal. ADJUSTMENT: a correction booked by ops, with a reason. CLAWBACK: money taken back, e.g. for a won deal later reversed",
});

export enum StatementStatus {
  LIVE = 'LIVE',
  FROZEN = 'FROZEN',
}
registerEnumType(StatementStatus, {
  name: 'StatementStatus',
  description:
    'LIVE: the pay period is open, the statement is recomputed from goals and deals on every read. FROZEN: the period is closed, the statement is stored as it was at the close and never changes',
});

@ObjectType('PayoutLine', {
  description: 'One line of a payout statement, with every input needed to redo its arithmetic by hand',
})
export class PayoutLineDto {
  @Field({
    description: 'Stable within the statement: names the line when it is disputed or its deals are listed',
  })
  key!: string;

  @Field(() => PayoutLineKind)
  kind!: PayoutLineKind;

  @Field(() => String, {
    nullable: true,
    description: "The plan measure's key; null on team bonus and adjustment lines",
  })
  measureKey!: string | null;

  @Field()
  label!: string;

  @Field(() => String, {
    nullable: true,
    description: 'WON_REVENUE, DEALS_WON or NEW_PIPELINE; null on adjustment lines',
  })
  metric!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "REP (the rep's own result) or TEAM (their team's); null on adjustment lines",
  })
  scope!: string | null;

  @Field(() => ID, { nullable: true, description: 'The team whose result a TEAM line reads' })
  teamId!: string | null;

  @Field(() => String, { nullable: true, description: "That team's name" })
  teamName!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What was achieved: a decimal amount for money metrics ("84250.00"), a whole number for counts; null when not measured',
  })
  actual!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The goal for the pay period, in the same unit; null when no goal was set',
  })
  target!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'actual / target, exact to 4 decimals ("0.8734" = 87.34%); null without a goal',
  })
  attainment!: string | null;

  @Field({
    description:
      'Which part of the curve paid, in words ("tier 2: 100%–∞ at 2x", "capped at 200%", "no goal")',
  })
  tier!: string;

  @Field({
    description:
      "The tier's marginal rate, the commission rate, or the share of the team bonus paid, as an exact decimal",
  })
  rate!: string;

  @Field(() => Int, {
    description: 'Days of the pay period this line pays for (a segment after a plan or team change)',
  })
  prorationDays!: number;

  @Field(() => Int, {
    description:
      'Days in the whole pay period; tiered and team bonus lines pay × prorationDays / periodDays, commission lines are not prorated',
  })
  periodDays!: number;

  @Field({
    description:
      'The computation with its numbers, as a rep would redo it ("10,000.00 × 75% × 87.34% = 6,550.50")',
  })
  formula!: string;

  @Field({ description: 'The amount in minor units (cents), as an integer string; rounded once, half-up' })
  amountMinor!: string;

  @Field({ description: 'The same amount as a decimal ("6550.50")' })
  amount!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The plan version the line was paid under; null on adjustment lines',
  })
  planVersionId!: string | null;

  @Field(() => String, { nullable: true, description: 'That plan and version in words ("AE 2017 v2")' })
  plan!: string | null;

  @Field(() => String, { nullable: true, description: 'First day of the segment the line pays (YYYY-MM-DD)' })
  fromDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Day after the last day of the segment' })
  toDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Why an adjustment or clawback was booked' })
  reason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The dispute an adjustment answers' })
  disputeId!: string | null;
}

@ObjectType('PayoutStatement', {
  description: "A rep's pay for one pay period, line by line; the total is exactly the sum of the lines",
})
export class PayoutStatementDto {
  @Field(() => ID)
  repId!: string;

  @Field()
  repName!: string;

  @Field({ description: 'The pay period: FY2017 (yearly plans), FY2017-Q3 (quarterly) or 2017-08 (monthly)' })
  period!: string;

  @Field({ description: 'First day (YYYY-MM-DD)' })
  periodStart!: string;

  @Field({ description: 'Day after the last' })
  periodEnd!: string;

  @Field(() => StatementStatus)
  status!: StatementStatus;

  @Field({ description: 'ISO 4217 code of every amount' })
  currency!: string;

  @Field({ description: 'Total in minor units, the exact sum of the lines' })
  totalMinor!: string;

  @Field({ description: 'The total as a decimal' })
  total!: string;

  @Field({ description: 'How the amounts were rounded, in words' })
  explanation!: string;

  @Field(() => [String], { description: 'The plans and versions paid, e.g. "AE 2017 v2"' })
  plans!: string[];

  @Field(() => [PayoutLineDto])
  lines!: PayoutLineDto[];

  @Field(() => Date, {
    nullable: true,
    description: 'When a FROZEN statement was stored (the pay period closed)',
  })
  frozenAt!: Date | null;

  @Field(() => Int, { description: 'Disputes on this statement that ops have not answered yet' })
  openDisputes!: number;
}

@ObjectType('PayoutLineDeal', { description: 'A deal a statement line measured' })
export class PayoutLineDealDto {
  @Field(() => ID)
  id!: string;

  @Field({ description: "The CRM's id of the deal" })
  externalId!: string;

  @Field(() => String, { nullable: true })
  accountName!: string | null;

  @Field(() => String, { nullable: true })
  productName!: string | null;

  @Field()
  repName!: string;

  @Field()
  stageName!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Decimal amount counted (the deal amount; for new pipeline without one, the list price)',
  })
  amount!: string | null;

  @Field(() => String, { nullable: true })
  engageDate!: string | null;

  @Field(() => String, { nullable: true })
  closeDate!: string | null;
}
