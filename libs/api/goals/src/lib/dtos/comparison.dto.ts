import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsPeriodKey, periodKeyDescription } from '@salesops/api/core';
import { MoneyDto } from '@salesops/api/pipeline';
import { IsOptional, IsUUID } from 'class-validator';

import { PeriodDto, RepPerformanceDto } from './performance.dto';

export enum OutlierDirection {
  HIGH = 'HIGH',
  LOW = 'LOW',
}
registerEnumType(OutlierDirection, { name: 'OutlierDirection' });

export enum NotJudgedReason {
  NO_ACTIVITY = 'NO_ACTIVITY',
  FEW_DEALS = 'FEW_DEALS',
  SMALL_TEAM = 'SMALL_TEAM',
}
registerEnumType(NotJudgedReason, {
  name: 'NotJudgedReason',
  description:
    'NO_ACTIVITY: no deal engaged or closed in the period (not judged on anything). FEW_DEALS: fewer closed deals than a win rate needs. SMALL_TEAM: fewer reps in the team than a comparison needs',
});

@ObjectType('Outlier', {
  description:
    "A KPI far from the rep's team, |z| beyond 3.5: won revenue and deals won by robust z-score among the team's reps with activity; win rate by how unlikely the rep's wins are at the rest of the team's pooled rate (docs/metrics.md)",
})
export class OutlierDto {
  @Field({ description: 'won revenue, deals won or win rate' })
  kpi!: string;

  @Field(() => OutlierDirection)
  direction!: OutlierDirection;

  @Field(() => Float, {
    description:
      "The score, capped at ±10: for won revenue and deals won, distance from the team median in scaled median absolute deviations; for win rate, (won − n·p) / √(n·p·(1 − p)) with n the rep's closed deals and p the rest of the team's pooled win rate",
  })
  zScore!: number;

  @Field(() => Float, {
    description: "The rep's value of the KPI (won revenue in the currency's units; a win rate as a fraction)",
  })
  value!: number;

  @Field(() => Float, {
    description:
      "What the rep is compared with: the team's median of the KPI, or for win rate the rest of the team's pooled win rate",
  })
  teamMedian!: number;

  @Field(() => Int, { description: 'Reps of the team the KPI was judged among' })
  teamSize!: number;

  @Field(() => Int, {
    nullable: true,
    description: "For win rate, the rep's deals closed in the period; null for the other KPIs",
  })
  closedDeals!: number | null;

  @Field({
    description: 'The reason in words (English); value, teamMedian and teamSize let a client word it',
  })
  reason!: string;
}

export enum RepSignalKind {
  MANY_LEADS_FEW_QUALIFIED = 'MANY_LEADS_FEW_QUALIFIED',
  STUCK_DEALS = 'STUCK_DEALS',
  PUSHED_DEALS = 'PUSHED_DEALS',
}
registerEnumType(RepSignalKind, { name: 'RepSignalKind' });

@ObjectType('RepSignal', {
  description: 'A red flag as data, the same as the text in `flags`; the fields its kind uses are set',
})
export class RepSignalDto {
  @Field(() => RepSignalKind)
  kind!: RepSignalKind;

  @Field(() => Int, { nullable: true, description: 'STUCK_DEALS, PUSHED_DEALS: how many open deals' })
  deals!: number | null;

  @Field(() => Int, { nullable: true, description: "MANY_LEADS_FEW_QUALIFIED: the rep's leads" })
  leads!: number | null;

  @Field(() => Float, { nullable: true, description: "MANY_LEADS_FEW_QUALIFIED: the team's median leads" })
  teamLeads!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "MANY_LEADS_FEW_QUALIFIED: the rep's qualification rate",
  })
  rate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "MANY_LEADS_FEW_QUALIFIED: the team's median qualification rate",
  })
  teamRate!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'STUCK_DEALS: engaged more than this many days ago; PUSHED_DEALS: pushed out at least this many times',
  })
  threshold!: number | null;
}

@ObjectType('RepFunnel', {
  description:
    "A rep's whole book of deals as a funnel, as it stood at the period's end: every deal engaged before it (or not engaged yet); a deal counts as won or lost only if it closed before the end (or closed with no close date), otherwise as open",
})
export class RepFunnelDto {
  @Field(() => Int, {
    description:
      "Deals in the book at the period's end: engaged before it, or not engaged yet (not the same as RepComparison.leads, the deals engaged in the period)",
  })
  leads!: number;

  @Field(() => Int, { description: 'Leads that left the first stage (engaged, or closed)' })
  qualified!: number;

  @Field(() => Int, { description: "Deals of the book won before the period's end" })
  won!: number;

  @Field(() => Int, { description: "Deals of the book lost before the period's end" })
  lost!: number;

  @Field(() => Float, { nullable: true, description: 'qualified / leads' })
  qualificationRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'won / (won + lost)' })
  closeRate!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'QUALIFYING or CLOSING: the step furthest below the team median',
  })
  weakestStep!: string | null;

  @Field(() => String, { nullable: true, description: 'The weakest step in words (English)' })
  weakestStepReason!: string | null;

  @Field(() => Float, { nullable: true, description: "The team's median qualification rate" })
  teamQualificationRate!: number | null;

  @Field(() => Float, { nullable: true, description: "The team's median close rate" })
  teamCloseRate!: number | null;

  @Field(() => Int, {
    description:
      "Deals open and engaged at the period's end, engaged more than twice the team median days before it",
  })
  stuckDeals!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "The stuck deals are the open ones of the book engaged on or before this date (YYYY-MM-DD): more than twice the team's median days before the period's end; null without a median. " +
      'The same deals: `deals(filter: { repId, bookAt: period end, statusAt: OPEN, engagedTo: this })`',
  })
  stuckEngagedOnOrBefore!: string | null;

  @Field(() => Int, { description: 'Deals open now whose expected close date was pushed out twice or more' })
  pushedDeals!: number;
}

@ObjectType('NotJudged', { description: 'A KPI a rep is not compared with their team on, and why' })
export class NotJudgedDto {
  @Field({ description: 'won revenue, deals won or win rate' })
  kpi!: string;

  @Field(() => NotJudgedReason)
  reason!: NotJudgedReason;

  @Field(() => Int, { description: "The rep's deals closed in the period" })
  closedDeals!: number;

  @Field(() => Int, {
    description:
      'What the KPI needs: closed deals for FEW_DEALS, reps with activity (or enough closed deals) for SMALL_TEAM; 0 for NO_ACTIVITY',
  })
  needed!: number;
}

@ObjectType('RepComparisonRow')
export class RepComparisonRowDto {
  @Field(() => RepPerformanceDto)
  performance!: RepPerformanceDto;

  @Field(() => Int, { description: 'Deals engaged in the period (leads worked)' })
  leads!: number;

  @Field(() => MoneyDto, {
    description: 'Value of those leads (the product list price where the CRM has no amount)',
  })
  leadValue!: MoneyDto;

  @Field(() => [OutlierDto])
  outliers!: OutlierDto[];

  @Field(() => [NotJudgedDto], {
    description: 'The KPIs the rep is not compared with their team on, and why',
  })
  notJudged!: NotJudgedDto[];

  @Field(() => RepFunnelDto)
  funnel!: RepFunnelDto;

  @Field(() => [String], { description: 'Red flags in words (English), e.g. many leads but few qualified' })
  flags!: string[];

  @Field(() => [RepSignalDto], { description: 'The same red flags as data, in the same order' })
  signals!: RepSignalDto[];
}

@ObjectType('TeamFairness', { description: "How evenly a team's leads were shared out in the period" })
export class TeamFairnessDto {
  @Field(() => ID)
  teamId!: string;

  @Field({ description: 'The team name; two teams may share one, teamId tells them apart' })
  teamName!: string;

  @Field(() => Int, {
    description:
      'Reps in rows whose team today is this one, inactive ones included: the reps leads and the Ginis are over',
  })
  reps!: number;

  @Field(() => Int, {
    description: "Deals the team's reps engaged in the period (the sum of their RepComparison.leads)",
  })
  leads!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Gini of leads per rep: 0 = perfectly even, towards 1 = one rep got all',
  })
  leadsGini!: number | null;

  @Field(() => Float, { nullable: true, description: 'Gini of lead value per rep' })
  valueGini!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "How far the leads fell from the reps' lead routing weights (a rep without a rule weighs 1): the part of " +
      "the team's leads that would have to go to other reps for each rep's share to match their weight. " +
      '0 = as weighted, 1 = all went to reps weighted 0; null without leads. Caps and absences are not counted',
  })
  weightGap!: number | null;

  @Field({
    description: 'Whether the reps of the team have different routing weights (false: all weigh the same)',
  })
  weighted!: boolean;
}

@ObjectType('RepComparison')
export class RepComparisonDto {
  @Field(() => PeriodDto)
  period!: PeriodDto;

  @Field(() => [RepComparisonRowDto])
  rows!: RepComparisonRowDto[];

  @Field(() => [TeamFairnessDto])
  fairness!: TeamFairnessDto[];
}

@ArgsType()
export class ComparisonArgs {
  @Field({ description: periodKeyDescription() })
  @IsPeriodKey()
  period!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;

  @Field(() => [ID], { nullable: true, description: 'Only these reps, side by side' })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'must be rep ids' })
  repIds?: string[];
}
