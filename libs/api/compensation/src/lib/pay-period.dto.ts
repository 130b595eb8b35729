import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsPeriodKey, periodKeyDescription, Trim } from '@salesops/api/core';
import { IsString, MaxLength } from 'class-validator';

import { PayPeriodStatus } from './pay-period.entity';

registerEnumType(PayPeriodStatus, {
  name: 'PayPeriodStatus',
  description: 'OPEN, or CLOSED: pay was settled and the goals inside are locked',
});

@ObjectType('PayPeriod', { description: 'A fiscal year, quarter or month that pay is computed for' })
export class PayPeriodDto {
  @Field({ description: 'FY2017, FY2017-Q3 or 2017-08' })
  period!: string;

  @Field({ description: 'YEAR, QUARTER or MONTH' })
  type!: string;

  @Field({ description: 'First day' })
  start!: string;

  @Field({ description: 'Day after the last' })
  end!: string;

  @Field(() => PayPeriodStatus)
  status!: PayPeriodStatus;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true })
  closedByName!: string | null;

  @Field({ description: 'True once the period has ended and while it is open' })
  closable!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Goals wholly inside the period, locked once it is closed (admins only; null for others)',
  })
  goalCount!: number | null;
}

const PAY_PERIOD_TYPES = ['YEAR', 'QUARTER', 'MONTH'] as const;

@InputType()
export class ClosePayPeriodInput {
  @Field({ description: `${periodKeyDescription(PAY_PERIOD_TYPES)}; closing is final` })
  @Trim()
  @IsString()
  @MaxLength(10)
  @IsPeriodKey(PAY_PERIOD_TYPES)
  period!: string;
}
