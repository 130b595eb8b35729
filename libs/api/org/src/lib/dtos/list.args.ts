import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { PageArgs, Role, SortDirection } from '@salesops/api/core';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

export enum TeamSortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(TeamSortField, { name: 'TeamSortField' });

export enum RepSortField {
  NAME = 'NAME',
  EMAIL = 'EMAIL',
  HIRE_DATE = 'HIRE_DATE',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(RepSortField, { name: 'RepSortField' });

@InputType()
export class TeamFilter {
  @Field({ nullable: true, description: 'Part of the name, any case' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Only the teams directly below this one' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  parentId?: string;

  @Field({ nullable: true, description: 'Only top-level teams' })
  @IsOptional()
  @IsBoolean()
  rootsOnly?: boolean;

  @Field({ nullable: true, defaultValue: false, description: 'Also archived teams (left out by default)' })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}

@InputType()
export class TeamSort {
  @Field(() => TeamSortField, { defaultValue: TeamSortField.NAME })
  @IsEnum(TeamSortField)
  field: TeamSortField = TeamSortField.NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class TeamsArgs extends PageArgs {
  @Field(() => TeamFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TeamFilter)
  filter?: TeamFilter;

  @Field(() => TeamSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TeamSort)
  sort?: TeamSort;
}

@InputType()
export class RepFilter {
  @Field({ nullable: true, description: 'Part of the name or email, any case' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;

  @Field({ nullable: true, defaultValue: true, description: 'With teamId: also reps of the teams below it' })
  @IsOptional()
  @IsBoolean()
  includeSubteams?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class RepSort {
  @Field(() => RepSortField, { defaultValue: RepSortField.NAME })
  @IsEnum(RepSortField)
  field: RepSortField = RepSortField.NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class RepsArgs extends PageArgs {
  @Field(() => RepFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RepFilter)
  filter?: RepFilter;

  @Field(() => RepSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RepSort)
  sort?: RepSort;
}

@InputType()
export class UserFilter {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilter)
  filter?: UserFilter;
}
