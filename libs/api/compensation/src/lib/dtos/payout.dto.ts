import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsPeriodKey, periodKeyDescription, Trim } from '@salesops/api/core';
import { IsEnum, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';

import { AdjustmentKind } from '../entities/payout-adjustment.entity';
import { DisputeStatus } from '../entities/payout-dispute.entity';

registerEnumType(AdjustmentKind, {
  name: 'AdjustmentKind',
  description:
    'ADJUSTMENT: a correction, up or down. CLAWBACK: money taken back (e.g. a won deal reversed); its amount must be negative',
});
registerEnumType(DisputeStatus, {
  name: 'DisputeStatus',
  description:
    'OPEN (waiting for ops), ADJUSTED (answered with an adjustment line), REJECTED (answered, no change)',
});

export enum DisputeDecision {
  ADJUST = 'ADJUST',
  REJECT = 'REJECT',
}
registerEnumType(DisputeDecision, { name: 'DisputeDecision' });

export const PAY_PERIOD_TYPES = ['YEAR', 'QUARTER', 'MONTH'] as const;
const PAY_PERIOD_TEXT = periodKeyDescription(PAY_PERIOD_TYPES);

const AMOUNT = /^-?\d{1,13}(\.\d{1,2})?$/;
const AMOUNT_TEXT = 'must be a decimal amount such as 250.00 or -120.50 (at most 2 decimals)';

@InputType({
  description: "A correction on a rep's statement of an open pay period, never an edit of a closed one",
})
export class AdjustPayoutInput {
  @Field(() => ID)
  @IsUUID()
  repId!: string;

  @Field({
    description: `The open pay period whose statement carries it, of the rep's plan's frequency. ${PAY_PERIOD_TEXT}`,
  })
  @IsPeriodKey(PAY_PERIOD_TYPES)
  period!: string;

  @Field({
    description: 'Decimal amount in the plan currency, negative to take money back ("-120.50"); not zero',
  })
  @Matches(AMOUNT, { message: AMOUNT_TEXT })
  amount!: string;

  @Field(() => AdjustmentKind, { defaultValue: AdjustmentKind.ADJUSTMENT })
  @IsEnum(AdjustmentKind)
  kind!: AdjustmentKind;

  @Field({ description: 'Why, in words the rep will read on the statement (1–1,000 characters)' })
  @Trim()
  @Length(1, 1000)
  reason!: string;
}

@InputType({ description: 'A rep questions one line of their own statement' })
export class RaiseDisputeInput {
  @Field({ description: `The statement's pay period. ${PAY_PERIOD_TEXT}` })
  @IsPeriodKey(PAY_PERIOD_TYPES)
  period!: string;

  @Field({ description: "The line's key, as the statement gives it" })
  @IsString()
  @Length(1, 200)
  lineKey!: string;

  @Field({ description: 'What looks wrong (1–2,000 characters)' })
  @Trim()
  @Length(1, 2000)
  note!: string;
}

@InputType({ description: "Ops' answer to a dispute: an adjustment on an open statement, or no change" })
export class ResolveDisputeInput {
  @Field(() => ID)
  @IsUUID()
  disputeId!: string;

  @Field(() => DisputeDecision)
  @IsEnum(DisputeDecision)
  decision!: DisputeDecision;

  @Field({ description: "The answer the rep reads (1–2,000 characters); also the adjustment's reason" })
  @Trim()
  @Length(1, 2000)
  answer!: string;

  @Field(() => String, { nullable: true, description: 'ADJUST only: the decimal amount of the adjustment' })
  @IsOptional()
  @Matches(AMOUNT, { message: AMOUNT_TEXT })
  amount?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `ADJUST only: the open pay period whose statement carries the adjustment. ${PAY_PERIOD_TEXT}`,
  })
  @IsOptional()
  @IsPeriodKey(PAY_PERIOD_TYPES)
  period?: string | null;
}

@ObjectType('PayoutDispute', {
  description: 'A question a rep raised on one line of a statement, and its answer',
})
export class PayoutDisputeDto {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  repId!: string;

  @Field()
  repName!: string;

  @Field({ description: 'The pay period of the statement questioned' })
  period!: string;

  @Field()
  lineKey!: string;

  @Field({ description: 'The line as it read when questioned' })
  lineLabel!: string;

  @Field({ description: "The line's decimal amount when questioned, in currency" })
  lineAmount!: string;

  @Field({ description: "ISO 4217 code of lineAmount: the statement's currency" })
  currency!: string;

  @Field()
  note!: string;

  @Field(() => DisputeStatus)
  status!: DisputeStatus;

  @Field(() => String, { nullable: true })
  answer!: string | null;

  @Field(() => ID, { nullable: true, description: 'The adjustment that answered it' })
  adjustmentId!: string | null;

  @Field(() => Date)
  raisedAt!: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => String, { nullable: true })
  resolvedByName!: string | null;
}

@ObjectType('PayoutCorrection', {
  description:
    "A correction booked automatically on a rep's open statement because the deals of a closed pay period changed after it closed",
})
export class PayoutCorrectionDto {
  @Field(() => ID, { description: 'The adjustment booked' })
  id!: string;

  @Field(() => ID)
  repId!: string;

  @Field()
  repName!: string;

  @Field({ description: 'The closed pay period it corrects' })
  correctsPeriod!: string;

  @Field(() => AdjustmentKind, {
    description:
      'CLAWBACK when the closed period pays less now (a win reversed), ADJUSTMENT when it pays more',
  })
  kind!: AdjustmentKind;

  @Field({
    description:
      'Decimal amount, signed: what the closed period pays now minus what it paid and what earlier corrections booked',
  })
  amount!: string;

  @Field({ description: 'ISO 4217 code of the statement' })
  currency!: string;

  @Field({
    description:
      'The reason the rep reads on the statement: the period, what it paid, what it pays now, the deals that changed',
  })
  reason!: string;
}

@ObjectType('PayoutReconciliation', {
  description: 'What reconciling the closed pay periods into an open one booked',
})
export class PayoutReconciliationDto {
  @Field({ description: 'The open pay period whose statements carry the corrections' })
  period!: string;

  @Field(() => [String], {
    description:
      'Closed pay periods (of the same length, ended before it) whose deals changed after they closed: the ones recomputed',
  })
  checkedPeriods!: string[];

  @Field(() => [PayoutCorrectionDto], {
    description: 'Corrections booked now; empty when every closed period still pays what it paid',
  })
  corrections!: PayoutCorrectionDto[];

  @Field(() => Int, {
    description:
      "Corrections due but not booked because no plan in the statement's currency pays the rep in this period; they are booked by a later reconciliation that finds one",
  })
  unplaced!: number;
}
