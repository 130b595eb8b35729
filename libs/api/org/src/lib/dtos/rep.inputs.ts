import { Field, ID, InputType } from '@nestjs/graphql';
import { DATE_FORMAT_TEXT, IsCalendarDate, Trim } from '@salesops/api/core';
import { EMAIL_MAX_LENGTH } from '@salesops/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import { IsEmailAddress } from './validators';

@InputType()
export class CreateRepInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name!: string;

  @Field()
  @Trim()
  @IsString()
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmailAddress()
  email!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a team id' })
  teamId!: string;

  @Field(() => String, { nullable: true, description: DATE_FORMAT_TEXT })
  @IsOptional()
  @IsCalendarDate()
  hireDate?: string | null;
}

@InputType()
export class CreateRepsInput {
  @Field(() => [CreateRepInput], { description: '1 to 500 reps; all are created or none' })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => CreateRepInput)
  reps!: CreateRepInput[];
}

@InputType()
export class UpdateRepInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a rep id' })
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmailAddress()
  email?: string;

  @Field(() => String, { nullable: true, description: `${DATE_FORMAT_TEXT}; null clears it` })
  @ValidateIf((_object, value) => value !== null && value !== undefined)
  @IsCalendarDate()
  hireDate?: string | null;
}

@InputType()
export class MoveRepInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a rep id' })
  repId!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a team id' })
  teamId!: string;
}

@InputType()
export class RepIdInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a rep id' })
  id!: string;
}
