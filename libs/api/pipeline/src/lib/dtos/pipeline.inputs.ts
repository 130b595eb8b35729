import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { DATE_FORMAT_TEXT, IsCalendarDate, PageArgs, SortDirection } from '@salesops/api/core';
import {
  DATE_FORMATS,
  DATE_PATTERN_MAX,
  DEAL_WARNINGS,
  type DealWarning,
  isDateFormat,
  type NamedDateFormat,
} from '@salesops/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';

import { FunnelStepOutcome } from '../funnel-book.queries';
import { StageKind } from '../sales-stage.entity';
import { DealWarningEnum } from './deal-warning.enum';
import { GraphQLStringMap } from './string-map.scalar';

export enum DealSortField {
  CLOSE_DATE = 'CLOSE_DATE',
  ENGAGE_DATE = 'ENGAGE_DATE',
  AMOUNT = 'AMOUNT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(DealSortField, { name: 'DealSortField' });

/** A date pattern the importer can read (isDateFormat of @salesops/domain). */
function IsDatePattern(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'isDatePattern',
      target: target.constructor,
      propertyName: String(propertyKey),
      options: {
        message:
          'must be a date pattern of one year (YYYY or YY), one month (MM or MMM) and one day (DD) separated by - / . , or space, such as DD/MM/YY',
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && isDateFormat(value) },
    });
}

export enum DateFormatName {
  YMD_DASH = 'YYYY-MM-DD',
  DMY_SLASH = 'DD/MM/YYYY',
  MDY_SLASH = 'MM/DD/YYYY',
  DMY_DOT = 'DD.MM.YYYY',
  YMD_SLASH = 'YYYY/MM/DD',
  DMY_DASH = 'DD-MM-YYYY',
  MDY_DASH = 'MM-DD-YYYY',
  DMY_SLASH_YY = 'DD/MM/YY',
  MDY_SLASH_YY = 'MM/DD/YY',
  DMY_DOT_YY = 'DD.MM.YY',
  DMY_DASH_YY = 'DD-MM-YY',
  MDY_DASH_YY = 'MM-DD-YY',
  YMD_DASH_YY = 'YY-MM-DD',
  DMON_DASH = 'DD-MMM-YYYY',
  DMON_SPACE = 'DD MMM YYYY',
  MOND_COMMA = 'MMM DD, YYYY',
}
const TWO_DIGIT_YEARS = '; a two-digit year 00-69 is 2000-2069, 70-99 is 1970-1999';
registerEnumType(DateFormatName, {
  name: 'DateFormat',
  description:
    'How dates are written in a CSV file (one or two digits for day and month); DealImportMappingInput.datePattern takes any other layout',
  valuesMap: {
    YMD_DASH: { description: '2017-03-31' },
    DMY_SLASH: { description: '31/03/2017' },
    MDY_SLASH: { description: '03/31/2017' },
    DMY_DOT: { description: '31.03.2017' },
    YMD_SLASH: { description: '2017/03/31' },
    DMY_DASH: { description: '31-03-2017' },
    MDY_DASH: { description: '03-31-2017' },
    DMY_SLASH_YY: { description: `31/03/17${TWO_DIGIT_YEARS}` },
    MDY_SLASH_YY: { description: `03/31/17${TWO_DIGIT_YEARS}` },
    DMY_DOT_YY: { description: `31.03.17${TWO_DIGIT_YEARS}` },
    DMY_DASH_YY: { description: `31-03-17${TWO_DIGIT_YEARS}` },
    MDY_DASH_YY: { description: `03-31-17${TWO_DIGIT_YEARS}` },
    YMD_DASH_YY: { description: `17-03-31${TWO_DIGIT_YEARS}` },
    DMON_DASH: { description: '31-Mar-2017 (English month names or their first three letters, any case)' },
    DMON_SPACE: { description: '31 Mar 2017 (English month names or their first three letters, any case)' },
    MOND_COMMA: { description: 'Mar 31, 2017 (English month names or their first three letters, any case)' },
  },
});

export enum ImportReference {
  ACCOUNT = 'ACCOUNT',
  PRODUCT = 'PRODUCT',
}
registerEnumType(ImportReference, {
  name: 'ImportReference',
  description: 'Reference data an import can create when a file names one that is not stored',
});

export enum RepMatch {
  NAME = 'NAME',
  EMAIL = 'EMAIL',
}
registerEnumType(RepMatch, { name: 'RepMatch', description: 'How a CSV names the rep of a deal' });

export enum DealTeamMembership {
  CURRENT = 'CURRENT',
  ON_CLOSE_DATE = 'ON_CLOSE_DATE',
  ON_ENGAGE_DATE = 'ON_ENGAGE_DATE',
  BEFORE_BOOK_DAY = 'BEFORE_BOOK_DAY',
}
registerEnumType(DealTeamMembership, {
  name: 'DealTeamMembership',
  description: "Which reps a team filter takes: those in the team (or below) now, or on each deal's own date",
  valuesMap: {
    CURRENT: {
      description: 'Reps in the team (or a team below it) now: open pipeline as standings count it',
    },
    ON_CLOSE_DATE: {
      description:
        "Reps who were in the team on the deal's close date: won revenue, deals won and lost as team figures count them",
    },
    ON_ENGAGE_DATE: {
      description:
        "Reps who were in the team on the deal's engage date: new pipeline as team goals count it; with bookAt, a deal not engaged yet counts for the team of the day before bookAt, as a team's funnel counts it",
    },
    BEFORE_BOOK_DAY: {
      description:
        "Needs bookAt: reps who were in the team on the day before it (a period's last day), whatever the deal's dates: a team's open deals at a past point as trends count them",
    },
  },
});

export enum DealStatusAt {
  OPEN = 'OPEN',
  WON = 'WON',
  LOST = 'LOST',
}
registerEnumType(DealStatusAt, {
  name: 'DealStatusAt',
  description:
    'Where a deal stood at the start of `bookAt`: WON or LOST if it closed before that day (or closed with no close date), else OPEN',
});

registerEnumType(FunnelStepOutcome, {
  name: 'FunnelStepOutcome',
  description:
    "Where a deal of the dashboard funnel's book stood against one open stage (the counts of FunnelStep)",
  valuesMap: {
    ENTERED: { description: 'Reached the stage or went past it (FunnelStep.entered)' },
    ADVANCED: { description: 'Went past it; at the last open stage, won (FunnelStep.advanced)' },
    LOST_HERE: { description: 'Stopped there and was lost (FunnelStep.lostHere)' },
    OPEN_HERE: { description: 'Stopped there and was still open (FunnelStep.openHere)' },
  },
});

@InputType({ description: 'One count of the dashboard funnel (stageConversion): a stage and an outcome' })
export class FunnelStepFilter {
  @Field(() => ID, { description: 'An open stage of the sales process (a closed one selects nothing)' })
  @IsUUID('all', { message: 'must be a stage id' })
  stageId!: string;

  @Field(() => FunnelStepOutcome)
  @IsEnum(FunnelStepOutcome)
  outcome!: FunnelStepOutcome;
}

@InputType()
export class DealFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a rep id' })
  repId?: string;

  @Field(() => ID, { nullable: true, description: 'Deals of the reps in this team and the teams below it' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a team id' })
  teamId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a stage id' })
  stageId?: string;

  @Field(() => StageKind, { nullable: true })
  @IsOptional()
  @IsEnum(StageKind)
  stageKind?: StageKind;

  @Field({ nullable: true, description: 'Part of the external id or the account name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field({ nullable: true, description: `Closed on or after, ${DATE_FORMAT_TEXT}` })
  @IsOptional()
  @IsCalendarDate()
  closedFrom?: string;

  @Field({ nullable: true, description: `Closed on or before, ${DATE_FORMAT_TEXT}` })
  @IsOptional()
  @IsCalendarDate()
  closedTo?: string;

  @Field({ nullable: true, description: `Engaged on or after, ${DATE_FORMAT_TEXT}` })
  @IsOptional()
  @IsCalendarDate()
  engagedFrom?: string;

  @Field({ nullable: true, description: `Engaged on or before, ${DATE_FORMAT_TEXT}` })
  @IsOptional()
  @IsCalendarDate()
  engagedTo?: string;

  @Field(() => DealTeamMembership, {
    nullable: true,
    description:
      "With teamId: whose deals count (default CURRENT). The dashboard's team figures use ON_CLOSE_DATE for closed deals",
  })
  @IsOptional()
  @IsEnum(DealTeamMembership)
  teamMembership?: DealTeamMembership;

  @Field({
    nullable: true,
    description:
      `Only the book as it stood at the start of this day (a period's end, exclusive), ${DATE_FORMAT_TEXT}: ` +
      'deals engaged before it, or not engaged yet; the comparison funnel counts this book',
  })
  @IsOptional()
  @IsCalendarDate()
  bookAt?: string;

  @Field(() => DealStatusAt, {
    nullable: true,
    description: 'With bookAt: only the deals that were OPEN, WON or LOST at that moment',
  })
  @IsOptional()
  @IsEnum(DealStatusAt)
  statusAt?: DealStatusAt;

  @Field(() => FunnelStepFilter, {
    nullable: true,
    description:
      "With bookAt: only the deals behind one count of the dashboard funnel (stageConversion) as it stood at that moment; with teamId, give teamMembership ON_ENGAGE_DATE as the team's funnel counts",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => FunnelStepFilter)
  funnelStep?: FunnelStepFilter;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only deals with a rep (every KPI, funnel and leaderboard counts only these); false: only unassigned deals',
  })
  @IsOptional()
  @IsBoolean()
  assigned?: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Only deals open now whose expected close date was pushed out at least this often',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  minClosePushes?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only deals with at least one warning (flagged); false: only deals with none',
  })
  @IsOptional()
  @IsBoolean()
  flagged?: boolean;

  @Field(() => DealWarningEnum, { nullable: true, description: 'Only deals flagged with this warning' })
  @IsOptional()
  @IsIn(DEAL_WARNINGS)
  warning?: DealWarning;
}

@InputType()
export class DealSort {
  @Field(() => DealSortField, { defaultValue: DealSortField.UPDATED_AT })
  @IsEnum(DealSortField)
  field: DealSortField = DealSortField.UPDATED_AT;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.DESC;
}

@ArgsType()
export class DealsArgs extends PageArgs {
  @Field(() => DealFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DealFilter)
  filter?: DealFilter;

  @Field(() => DealSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DealSort)
  sort?: DealSort;
}

@InputType({
  description: 'A deal as an integrator sends it; names and emails are resolved like a CSV import',
})
export class DealInput {
  @Field()
  @IsString()
  @Length(1, 64)
  externalId!: string;

  @Field({ description: 'A stage name of the sales process' })
  @IsString()
  @Length(1, 60)
  stage!: string;

  @Field(() => String, { nullable: true, description: "The rep's email; none leaves the deal unassigned" })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  repEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  account?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  product?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Decimal amount as text, e.g. "1054.50" (never a float)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  amount?: string | null;

  @Field(() => String, { nullable: true, description: DATE_FORMAT_TEXT })
  @IsOptional()
  @IsString()
  engageDate?: string | null;

  @Field(() => String, { nullable: true, description: DATE_FORMAT_TEXT })
  @IsOptional()
  @IsString()
  expectedCloseDate?: string | null;

  @Field(() => String, { nullable: true, description: DATE_FORMAT_TEXT })
  @IsOptional()
  @IsString()
  closeDate?: string | null;
}

@InputType()
export class UpsertDealsInput {
  @Field(() => [DealInput], { description: '1 to 1,000 deals; all are stored or none' })
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => DealInput)
  deals!: DealInput[];

  @Field(() => String, { defaultValue: 'USD', description: 'Currency of every amount in this batch' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as USD' })
  currency = 'USD';

  @Field(() => [DealWarningEnum], {
    defaultValue: [],
    description:
      'Warnings that refuse the batch (naming the deal and field); a deal with any other warning is stored ' +
      'and flagged (Deal.warnings)',
  })
  @IsArray()
  @IsIn(DEAL_WARNINGS, { each: true })
  refuseWarnings: DealWarning[] = [];
}

@InputType({ description: 'Which CSV column holds which deal field (column names as in the header row)' })
export class DealColumnsInput {
  @Field()
  @IsString()
  @Length(1, 100)
  externalId!: string;

  @Field()
  @IsString()
  @Length(1, 100)
  stage!: string;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) rep?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) account?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) product?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) amount?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) engageDate?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) expectedCloseDate?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) closeDate?: string;
}

@InputType({ description: 'How to read a CSV export of another CRM; omit for the default CRM export format' })
export class DealImportMappingInput {
  @Field(() => DealColumnsInput)
  @ValidateNested()
  @Type(() => DealColumnsInput)
  columns!: DealColumnsInput;

  @Field(() => RepMatch, { defaultValue: RepMatch.NAME })
  @IsEnum(RepMatch)
  repBy: RepMatch = RepMatch.NAME;

  @Field(() => GraphQLStringMap, {
    nullable: true,
    description: 'CSV stage value -> stage name, e.g. {"Closed Won": "Won"}',
  })
  @IsOptional()
  @IsObject()
  stageNames?: Record<string, string>;

  @Field(() => GraphQLStringMap, {
    nullable: true,
    description:
      'CSV rep value -> how repBy names a stored rep (a name, or an email with repBy EMAIL), for a file that names ' +
      'reps otherwise, e.g. by the CRM\'s user id {"U-104": "Moses Frase"}; case-insensitive',
  })
  @IsOptional()
  @IsObject()
  repNames?: Record<string, string>;

  @Field(() => GraphQLStringMap, {
    nullable: true,
    description:
      'CSV account value -> the name of a stored account, e.g. {"Isdom Inc": "Isdom"}; case-insensitive',
  })
  @IsOptional()
  @IsObject()
  accountNames?: Record<string, string>;

  @Field(() => GraphQLStringMap, {
    nullable: true,
    description:
      'CSV product value -> the name of a stored product, e.g. {"GTXPro": "GTX Pro"}; case-insensitive',
  })
  @IsOptional()
  @IsObject()
  productNames?: Record<string, string>;

  @Field(() => [ImportReference], {
    defaultValue: [],
    description:
      'Accounts and products the file names that are not stored (after accountNames / productNames) are ' +
      'created with that name instead of refusing the row; ImportJob.newAccounts / newProducts say which. ' +
      'Names are matched without case, spaces or punctuation, as the import always matches them.',
  })
  @IsArray()
  @IsEnum(ImportReference, { each: true })
  createMissing: ImportReference[] = [];

  @Field(() => [DealWarningEnum], {
    defaultValue: [],
    description:
      'Warnings that refuse a row (its reasons say why). A row with any other warning is stored and flagged ' +
      '(Deal.warnings, ImportJob.warnings); the default stores and flags every implausible row',
  })
  @IsArray()
  @IsIn(DEAL_WARNINGS, { each: true })
  refuseWarnings: DealWarning[] = [];

  @Field(() => DateFormatName, { defaultValue: DateFormatName.YMD_DASH })
  @IsIn(DATE_FORMATS)
  dateFormat: NamedDateFormat = 'YYYY-MM-DD';

  @Field(() => String, {
    nullable: true,
    description:
      'A layout of dates that dateFormat does not name; when given, it replaces dateFormat. One year (YYYY, or YY: ' +
      '00-69 is 2000-2069, 70-99 is 1970-1999), one month (MM: one or two digits; MMM: an English month name or ' +
      'its first three letters) and one day (DD: one or two digits), separated by any of - / . , and space, ' +
      `at most ${DATE_PATTERN_MAX} characters: e.g. "YYYY.DD.MM". A time of day is not read.`,
  })
  @IsOptional()
  @IsDatePattern()
  datePattern?: string;

  @Field(() => String, { defaultValue: 'USD' })
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as USD' })
  currency = 'USD';
}

@InputType()
export class CreateDealImportInput {
  @Field()
  @IsString()
  @Length(1, 255)
  fileName!: string;

  @Field(() => Int, { nullable: true, description: 'Size of the file in bytes, for the progress bar' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  sizeBytes?: number;

  @Field(() => DealImportMappingInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DealImportMappingInput)
  mapping?: DealImportMappingInput;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'A preview: the file is checked and counted as an import would (inserted, updated, unchanged and ' +
      'rejected against what is stored now, refusals with every reason) and no deal is stored; the job keeps ' +
      'its first rows as they would be stored (ImportJob.preview). Send the file again to a new import to store it.',
  })
  @IsBoolean()
  dryRun = false;
}

@ArgsType()
export class ImportRejectionsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an import job id' })
  jobId!: string;

  @Field(() => Int, { defaultValue: 100, description: 'At most 1,000' })
  @IsInt()
  @Min(1)
  @Max(1000)
  first = 100;

  @Field(() => Int, { defaultValue: 0, description: 'Rows to skip, ordered by line' })
  @IsInt()
  @Min(0)
  offset = 0;
}
