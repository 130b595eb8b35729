import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MoneyDto } from '@salesops/api/pipeline';
import { IsOptional, IsUUID } from 'class-validator';
import { IsPeriodKey } from './period-key';
import { PeriodDto, RepPerformanceDto } from './performance.dto';

export enum OutlierDirection {
  HIGH = 'HIGH',
  LOW = 'LOW',
}
registerEnumType(OutlierDirection, { name: 'OutlierDirection' });

@ObjectType('Outlier', { description: "A KPI far from the rep's team: robust z-score beyond 3.5" })
export class OutlierDto {
  @Field()
  kpi!: string;

  @Field(() => OutlierDirection)
  direction!: OutlierDirection;

  @Field(() => Float, { description: 'Robust z-score: distance from the team median in scaled median absolute deviations' })
  zScore!: number;

  @Field({ description: 'The reason in words' })
  reason!: string;
}

@ObjectType('RepFunnel', { description: "A rep's whole book of deals as a funnel, as of the period's end" })
export class RepFunnelDto {
  @Field(() => Int)
  leads!: number;

  @Field(() => Int, { description: 'Leads that left the first stage (engaged, or closed)' })
  qualified!: number;

  @Field(() => Int)
  won!: number;

  @Field(() => Int)
  lost!: number;

  @Field(() => Float, { nullable: true, description: 'qualified / leads' })
  qualificationRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'won / (won + lost)' })
  closeRate!: number | null;

  @Field(() => String, { nullable: true, description: 'QUALIFYING or CLOSING: the step furthest below the team median' })
  weakestStep!: string | null;

  @Field(() => String, { nullable: true })
  weakestStepReason!: string | null;

  @Field(() => Int, { description: 'Open, qualified deals sitting more than twice the team median days since they engaged' })
  stuckDeals!: number;

  @Field(() => Int, { description: 'Open deals whose expected close date was pushed out twice or more' })
  pushedDeals!: number;
}

@ObjectType('RepComparisonRow')
export class RepComparisonRowDto {
  @Field(() => RepPerformanceDto)
  performance!: RepPerformanceDto;

  @Field(() => Int, { description: 'Deals engaged in the period (leads worked)' })
  leads!: number;

  @Field(() => MoneyDto, { description: 'Value of those leads (the product list price where the CRM has no amount)' })
  leadValue!: MoneyDto;

  @Field(() => [OutlierDto])
  outliers!: OutlierDto[];

  @Field(() => RepFunnelDto)
  funnel!: RepFunnelDto;

  @Field(() => [String], { description: 'Red flags in words, e.g. many leads but few qualified' })
  flags!: string[];
}

@ObjectType('TeamFairness', { description: 'How evenly a team\'s leads were shared out in the period' })
export class TeamFairnessDto {
  @Field()
  teamName!: string;

  @Field(() => Int)
  reps!: number;

  @Field(() => Int)
  leads!: number;

  @Field(() => Float, { nullable: true, description: 'Gini of leads per rep: 0 = perfectly even, towards 1 = one rep got all' })
  leadsGini!: number | null;

  @Field(() => Float, { nullable: true, description: 'Gini of lead value per rep' })
  valueGini!: number | null;
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
  @Field()
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
