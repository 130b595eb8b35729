import { Field, ID, InputType } from '@nestjs/graphql';
import { Trim } from '@salesops/api/core';
import { IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';

@InputType()
export class CreateTeamInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The team above; none for a top-level team (admins only)' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A user with role MANAGER' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  managerId?: string | null;
}

@InputType()
export class UpdateTeamInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a team id' })
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 120, { message: 'must be 1 to 120 characters' })
  name?: string;

  @Field(() => ID, { nullable: true, description: 'Omit to keep; null makes it a top-level team' })
  @ValidateIf((_object, value) => value !== null && value !== undefined)
  @IsUUID('all', { message: 'must be a team id' })
  parentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Omit to keep; null removes the manager' })
  @ValidateIf((_object, value) => value !== null && value !== undefined)
  @IsUUID('all', { message: 'must be a user id' })
  managerId?: string | null;
}
