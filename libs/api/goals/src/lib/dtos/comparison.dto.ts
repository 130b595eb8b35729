import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MoneyDto } from '@salesops/api/pipeline';
import { IsOptional, IsUUID, Matches } from 'class-validator';
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
  @Matches(/^(FY\d{4}(-Q[1-4])?|\d{4}-(0[1-9]|1[0-2])|\d{4}-W\d{2})$/, { message: 'must be a period key such as FY2017, FY2017-Q3, 2017-03 or 2017-W09' })
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
