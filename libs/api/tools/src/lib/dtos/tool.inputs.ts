import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { DATE_FORMAT_TEXT, IsCalendarDate, Trim } from '@salesops/api/core';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

import { ToolCategory, ToolStatus } from '../tool-kinds';

const AMOUNT = /^\d{1,11}(\.\d{1,2})?$/;

@InputType()
export class CreateSalesToolInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name!: string;

  @Field(() => ToolCategory)
  @IsEnum(ToolCategory)
  category!: ToolCategory;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(120, { message: 'must be at most 120 characters' })
  vendor?: string | null;

  @Field(() => ID, { nullable: true, description: 'A user (admin or manager) who owns the tool' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  ownerId?: string | null;

  @Field(() => ToolStatus, { defaultValue: ToolStatus.ACTIVE })
  @IsEnum(ToolStatus)
  status: ToolStatus = ToolStatus.ACTIVE;

  @Field(() => String, {
    defaultValue: '0',
    description: 'Per seat and month, decimal text ("45" or "45.50")',
  })
  @IsString()
  @Matches(AMOUNT, { message: 'must be a non-negative amount with at most 2 decimals' })
  costPerSeat = '0';

  @Field(() => String, { defaultValue: 'USD' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as USD' })
  currency = 'USD';

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  seatsBought = 0;

  @Field(() => String, { nullable: true, description: DATE_FORMAT_TEXT })
  @IsOptional()
  @IsCalendarDate()
  renewalDate?: string | null;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(5000, { message: 'must be at most 5,000 characters' })
  notes = '';

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { each: true, message: 'must be http(s) links' },
  )
  links: string[] = [];
}

@InputType()
export class UpdateSalesToolInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a tool id' })
  id!: string;

  @Field(() => Int, { description: 'The version you edited; a newer one answers CONFLICT' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name?: string;

  @Field(() => ToolCategory, { nullable: true })
  @IsOptional()
  @IsEnum(ToolCategory)
  category?: ToolCategory;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(120, { message: 'must be at most 120 characters' })
  vendor?: string | null;

  @Field(() => ID, { nullable: true, description: 'Omit to keep; null for no owner' })
  @ValidateIf((_object, value) => value !== null && value !== undefined)
  @IsUUID('all', { message: 'must be a user id' })
  ownerId?: string | null;

  @Field(() => ToolStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ToolStatus)
  status?: ToolStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(AMOUNT, { message: 'must be a non-negative amount with at most 2 decimals' })
  costPerSeat?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as USD' })
  currency?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  seatsBought?: number;

  @Field(() => String, { nullable: true, description: `${DATE_FORMAT_TEXT}; omit to keep; null clears it` })
  @ValidateIf((_object, value) => value !== null && value !== undefined)
  @IsCalendarDate()
  renewalDate?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'must be at most 5,000 characters' })
  notes?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { each: true, message: 'must be http(s) links' },
  )
  links?: string[];
}

@InputType()
export class AssignSeatsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a tool id' })
  toolId!: string;

  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true, message: 'must be rep ids' })
  repIds!: string[];

  @Field(() => String, { nullable: true, description: `${DATE_FORMAT_TEXT}; today when omitted` })
  @IsOptional()
  @IsCalendarDate()
  startsOn?: string;
}

@InputType()
export class ReleaseSeatInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a seat id' })
  seatId!: string;

  @Field(() => String, {
    nullable: true,
    description: `${DATE_FORMAT_TEXT}: the first day without it; today when omitted`,
  })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string;
}

@ArgsType()
export class SalesToolsArgs {
  @Field(() => ToolStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ToolStatus)
  status?: ToolStatus;

  @Field(() => ToolCategory, { nullable: true })
  @IsOptional()
  @IsEnum(ToolCategory)
  category?: ToolCategory;

  @Field({ nullable: true, description: 'Part of the name or vendor, any case' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
