import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Trim } from '@salesops/api/core';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

import { StageKind } from '../sales-stage.entity';

@InputType()
export class CreateSalesStageInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, 60, { message: 'must be 1 to 60 characters' })
  name!: string;

  @Field(() => StageKind)
  @IsEnum(StageKind)
  kind!: StageKind;

  @Field(() => Int, { description: 'Default chance of winning, 0 to 100' })
  @IsInt()
  @Min(0)
  @Max(100)
  winProbability!: number;

  @Field(() => Int, { nullable: true, description: 'Place in the funnel, 1 first; default last' })
  @IsOptional()
  @IsInt()
  @Min(1)
  position?: number;
}

@InputType()
export class UpdateSalesStageInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a stage id' })
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 60, { message: 'must be 1 to 60 characters' })
  name?: string;

  @Field(() => StageKind, { nullable: true })
  @IsOptional()
  @IsEnum(StageKind)
  kind?: StageKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  winProbability?: number;

  @Field(() => Int, { nullable: true, description: 'Move to this place in the funnel; the others shift' })
  @IsOptional()
  @IsInt()
  @Min(1)
  position?: number;
}
