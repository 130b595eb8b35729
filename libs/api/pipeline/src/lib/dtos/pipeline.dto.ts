import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@salesops/api/core';
import { type DealWarning, minorToDecimal } from '@salesops/domain';

import { StageKind } from '../sales-stage.entity';
import { DealWarningEnum } from './deal-warning.enum';

registerEnumType(StageKind, { name: 'StageKind', description: 'OPEN: still in play. WON / LOST: closed.' });

@ObjectType('SalesStage', { description: 'A step of the defined sales process' })
export class SalesStageDto {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Int, { description: 'Order in the funnel, 1 first' })
  position!: number;

  @Field(() => StageKind)
  kind!: StageKind;

  @Field(() => Int, { description: 'Default chance of winning a deal in this stage, in whole percent' })
  winProbability!: number;
}

@ObjectType('Money', { description: 'An amount of money: exact decimal text, never a float' })
export class MoneyDto {
  @Field({ description: 'Decimal amount, e.g. "1054.00"' })
  amount!: string;

  @Field({ description: 'Minor units (cents) as an integer string, e.g. "105400"' })
  minor!: string;

  @Field({ description: 'ISO 4217 code' })
  currency!: string;
}

/** Minor units (as stored) to the API's Money: an exact decimal string, never a float. */
export function toMoneyDto(minor: string, currency = 'USD'): MoneyDto {
  return { amount: minorToDecimal(BigInt(minor)), minor, currency };
}

@ObjectType('Deal', { description: 'An opportunity from the CRM' })
export class DealDto {
  @Field(() => ID)
  id!: string;

  @Field({ description: "The CRM's id; imports and upserts match on it" })
  externalId!: string;

  @Field(() => ID, { nullable: true })
  repId!: string | null;

  @Field(() => String, { nullable: true })
  repName!: string | null;

  @Field(() => String, { nullable: true })
  accountName!: string | null;

  @Field(() => String, { nullable: true })
  productName!: string | null;

  @Field(() => MoneyDto, {
    nullable: true,
    description:
      "The amount the CRM gives (the CSV's close_value by default); won revenue sums it for won deals, open pipeline counts it for open ones; a lost deal's is often 0; null without one",
  })
  amount!: MoneyDto | null;

  @Field(() => MoneyDto, {
    nullable: true,
    description:
      "What the deal is worth as open pipeline counts it: the amount, or without one its product's list price; null with neither",
  })
  value!: MoneyDto | null;

  @Field(() => MoneyDto, {
    nullable: true,
    description:
      "The product's list price, if the deal names a product that has one (a lost deal's amount is often 0: this says what was at stake)",
  })
  listPrice!: MoneyDto | null;

  @Field(() => ID)
  stageId!: string;

  @Field()
  stageName!: string;

  @Field(() => StageKind)
  stageKind!: StageKind;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  engageDate!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  expectedCloseDate!: string | null;

  @Field(() => Int, { description: 'Times the expected close date was moved later' })
  closeDatePushes!: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, for won and lost deals' })
  closeDate!: string | null;

  @Field(() => [DealWarningEnum], {
    description:
      'What is implausible about it though it was stored (empty: nothing); a flagged deal is left out of cycle-time figures',
  })
  warnings!: DealWarning[];

  @Field()
  updatedAt!: Date;
}

@ObjectType()
export class DealConnection extends Connection(DealDto, 'Deal') {}

@ObjectType('UpsertDealsResult')
export class UpsertDealsResultDto {
  @Field(() => Int, { description: 'Deals of the batch stored as new (an external id not stored before)' })
  inserted!: number;

  @Field(() => Int, { description: 'Deals of the batch that changed a deal already stored' })
  updated!: number;

  @Field(() => Int, { description: 'Deals of the batch equal to the deal already stored, left as it was' })
  unchanged!: number;
}
