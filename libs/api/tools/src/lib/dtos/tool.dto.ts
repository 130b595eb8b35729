import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MoneyDto } from '@salesops/api/pipeline';

import { ToolCategory, ToolStatus } from '../tool-kinds';

registerEnumType(ToolCategory, { name: 'ToolCategory' });
registerEnumType(ToolStatus, {
  name: 'ToolStatus',
  description: 'EVALUATING, ACTIVE, RETIRING (being phased out) or RETIRED',
});

@ObjectType('SalesTool', { description: 'A tool the sales team pays for' })
export class SalesToolDto {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => ToolCategory)
  category!: ToolCategory;

  @Field(() => String, { nullable: true })
  vendor!: string | null;

  @Field(() => ID, { nullable: true, description: 'The user who owns the tool and its contract' })
  ownerId!: string | null;

  @Field(() => String, { nullable: true })
  ownerName!: string | null;

  @Field(() => ToolStatus)
  status!: ToolStatus;

  @Field(() => MoneyDto, { description: 'Per seat and month' })
  costPerSeat!: MoneyDto;

  @Field(() => Int, { description: 'Seats the contract pays for, as entered (seatsUsed counts those held)' })
  seatsBought!: number;

  @Field(() => Int, { description: 'Seats held by reps today' })
  seatsUsed!: number;

  @Field(() => Float, { nullable: true, description: 'seatsUsed / seatsBought; null with no seats bought' })
  utilisation!: number | null;

  @Field(() => MoneyDto, { description: 'costPerSeat x seatsBought' })
  monthlyCost!: MoneyDto;

  @Field(() => MoneyDto, {
    nullable: true,
    description: 'monthlyCost / seatsUsed: what each seat in use really costs',
  })
  costPerUsedSeat!: MoneyDto | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  renewalDate!: string | null;

  @Field(() => Int, { nullable: true, description: 'Days from today to the renewal; negative once passed' })
  daysToRenewal!: number | null;

  @Field({ description: 'The renewal falls within the next 90 days' })
  renewalDueSoon!: boolean;

  @Field()
  notes!: string;

  @Field(() => [String])
  links!: string[];

  @Field(() => Int, { description: 'Send back as expectedVersion to detect concurrent edits' })
  version!: number;

  @Field()
  updatedAt!: Date;
}

@ObjectType('ToolSeat', { description: "A rep's seat on a tool" })
export class ToolSeatDto {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  toolId!: string;

  @Field(() => ID)
  repId!: string;

  @Field()
  repName!: string;

  @Field({ description: 'YYYY-MM-DD' })
  startsOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD, the first day without the seat; null while held',
  })
  endsOn!: string | null;
}

@ObjectType('SeatAssignment')
export class SeatAssignmentDto {
  @Field(() => Int, { description: 'Seats given' })
  assigned!: number;

  @Field(() => Int, { description: 'Reps who already held a seat' })
  alreadyHeld!: number;
}
