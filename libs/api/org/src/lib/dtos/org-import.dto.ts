import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DATE_FORMAT_TEXT, IsCalendarDate } from '@salesops/api/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/** The most rows one importOrg takes. */
export const ORG_IMPORT_MAX_ROWS = 5000;

@InputType({
  description:
    "One line of an org file: a rep, and where they sit. The demo's sales_teams.csv is sales_agent -> rep, " +
    'manager -> manager, regional_office -> region',
})
export class OrgRowInput {
  @Field(() => Int, {
    nullable: true,
    description: "The row's line in the file, for the refusals; its index + 2 when left out",
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  line?: number;

  @Field({ description: "The rep's full name" })
  @IsString()
  @MaxLength(1000)
  rep!: string;

  @Field(() => String, {
    nullable: true,
    description: "The rep's email; when left out, made from the name and emailDomain (first.last@domain)",
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The rep's manager: they manage the rep's team, and get a login (role MANAGER, no password)",
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  manager?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The rep\'s team; when left out and a manager is given, "<manager>\'s team"',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  team?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The top-level team (region, office) the team sits under; the team is top-level without it',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  region?: string | null;
}

@InputType()
export class ImportOrgInput {
  @Field(() => [OrgRowInput], { description: `At most ${ORG_IMPORT_MAX_ROWS}` })
  @ArrayMinSize(1)
  @ArrayMaxSize(ORG_IMPORT_MAX_ROWS)
  @ValidateNested({ each: true })
  @Type(() => OrgRowInput)
  rows!: OrgRowInput[];

  @Field(() => String, {
    nullable: true,
    description: 'The domain of the emails made for rows without one, e.g. "acme.com"',
  })
  @IsOptional()
  @Matches(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, { message: 'must be a domain such as acme.com' })
  @MaxLength(200)
  emailDomain?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      `The day new reps' team memberships start (${DATE_FORMAT_TEXT}); default: the earliest engage or close ` +
      'date of the deals stored (today when there are none), so history counts for the teams',
  })
  @IsOptional()
  @IsCalendarDate()
  membershipFrom?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Check and count only: what would be created, and what would be refused; nothing is stored',
  })
  @IsBoolean()
  dryRun = false;
}

@ObjectType('OrgImportRefusal', { description: 'A row importOrg refused, with every reason' })
export class OrgImportRefusalDto {
  @Field(() => Int, { description: "The row's line (OrgRowInput.line, else its index + 2)" })
  line!: number;

  @Field(() => [String])
  reasons!: string[];
}

@ObjectType('OrgImportResult', { description: 'What importOrg did (dryRun: would do)' })
export class OrgImportResultDto {
  @Field({ description: 'Nothing was stored' })
  dryRun!: boolean;

  @Field({ description: "The day new reps' memberships start (YYYY-MM-DD), as given or by default" })
  membershipFrom!: string;

  @Field(() => Int, { description: 'Teams created (regions included)' })
  teamsCreated!: number;

  @Field(() => Int, { description: 'Manager logins created' })
  managersCreated!: number;

  @Field(() => Int, { description: 'Reps created, each with a team membership from membershipFrom' })
  repsCreated!: number;

  @Field(() => Int, { description: 'Rows whose rep is already stored in that team: left as they are' })
  repsUnchanged!: number;

  @Field(() => [OrgImportRefusalDto], { description: 'Refused rows, by line; the other rows are stored' })
  refused!: OrgImportRefusalDto[];
}
