import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsPeriodKey, periodKeyDescription } from '@salesops/api/core';
import { MoneyDto } from '@salesops/api/pipeline';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';

export enum PerformanceKpi {
  WON_REVENUE = 'WON_REVENUE',
  ATTAINMENT = 'ATTAINMENT',
  DEALS_WON = 'DEALS_WON',
  WIN_RATE = 'WIN_RATE',
  AVG_DEAL_SIZE = 'AVG_DEAL_SIZE',
  SALES_CYCLE_DAYS = 'SALES_CYCLE_DAYS',
  OPEN_PIPELINE = 'OPEN_PIPELINE',
  WEIGHTED_PIPELINE = 'WEIGHTED_PIPELINE',
}
registerEnumType(PerformanceKpi, { name: 'PerformanceKpi', description: 'A measure reps can be ranked by' });

@ObjectType('PeriodInfo', { description: 'A period of the fiscal calendar; end is exclusive' })
export class PeriodDto {
  @Field({ description: 'FY2017, FY2017-Q3, 2017-03 or 2017-W09' })
  key!: string;

  @Field()
  type!: string;

  @Field({ description: 'First day, YYYY-MM-DD' })
  start!: string;

  @Field({ description: 'Day after the last day, YYYY-MM-DD' })
  end!: string;
}

@ObjectType('FiscalCalendar', { description: 'How the fiscal calendar is set up (FISCAL_YEAR_START_MONTH)' })
export class FiscalCalendarDto {
  @Field(() => Int, {
    description:
      'The month (1-12) the fiscal year starts in; FY2017 is the fiscal year that ends in calendar 2017',
  })
  startMonth!: number;

  @Field({ description: 'The fiscal year today falls in, e.g. FY2027' })
  currentYear!: string;
}

@ObjectType('RepPerformance', { description: "A rep's KPIs for a period, from the deals the CRM holds" })
export class RepPerformanceDto {
  @Field(() => Int, { description: '1 for the leader by the chosen KPI' })
  rank!: number;

  @Field(() => ID)
  repId!: string;

  @Field()
  repName!: string;

  @Field(() => ID, { description: "The rep's team now" })
  teamId!: string;

  @Field({ description: "The name of the rep's team now" })
  teamName!: string;

  @Field()
  active!: boolean;

  @Field(() => MoneyDto, { description: 'Value of deals won (closed in the period)' })
  wonRevenue!: MoneyDto;

  @Field(() => Int, {
    description:
      'Deals won with a close date in the period (with teamId, only those closed while the rep was in the team or below it)',
  })
  dealsWon!: number;

  @Field(() => Int, {
    description:
      'Deals lost with a close date in the period (with teamId, only those closed while the rep was in the team or below it)',
  })
  dealsLost!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Won / (won + lost) among deals closed in the period; null with none closed',
  })
  winRate!: number | null;

  @Field(() => MoneyDto, { nullable: true, description: 'Won revenue / deals won' })
  avgDealSize!: MoneyDto | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Mean days from engage to close of the deals won in the period that have an engage date and no warning ' +
      '(Deal.warnings), rounded to 1 decimal; null without such a deal',
  })
  salesCycleDays!: number | null;

  @Field(() => Int, { description: 'Deals open now' })
  openDeals!: number;

  @Field(() => MoneyDto, {
    description: 'Value of open deals now (the product list price where the CRM has no amount)',
  })
  openPipeline!: MoneyDto;

  @Field(() => MoneyDto, { description: "Open pipeline weighted by each stage's win probability" })
  weightedPipeline!: MoneyDto;

  @Field(() => MoneyDto, { nullable: true, description: "The rep's WON_REVENUE goal for the period, if set" })
  wonRevenueTarget!: MoneyDto | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Won revenue / goal rounded half up to 4 decimals (1.0 = 100%); null without a goal',
  })
  attainment!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Open pipeline today / what remains of the goal (3.0 = three times the gap); null without a goal or once it is met',
  })
  pipelineCoverage!: number | null;
}

@ObjectType('Leaderboard')
export class LeaderboardDto {
  @Field(() => PeriodDto)
  period!: PeriodDto;

  @Field(() => PerformanceKpi)
  rankedBy!: PerformanceKpi;

  @Field(() => [RepPerformanceDto])
  rows!: RepPerformanceDto[];
}

@ArgsType()
export class LeaderboardArgs {
  @Field({ description: periodKeyDescription() })
  @IsString()
  @IsPeriodKey()
  period!: string;

  @Field(() => PerformanceKpi, { defaultValue: PerformanceKpi.WON_REVENUE })
  @IsEnum(PerformanceKpi)
  rankBy: PerformanceKpi = PerformanceKpi.WON_REVENUE;

  @Field(() => ID, {
    nullable: true,
    description: 'Only reps who were in this team (or below) during the period, counting the days they were',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;

  @Field(() => Int, { defaultValue: 100, description: 'At most 500 rows' })
  @IsInt()
  @Min(1)
  @Max(500)
  first = 100;
}
