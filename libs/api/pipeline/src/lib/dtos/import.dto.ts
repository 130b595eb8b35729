import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type DealWarning } from '@salesops/domain';

import { ImportStatus } from '../import/import-job.entity';
import { DealWarningEnum } from './deal-warning.enum';
import { MoneyDto } from './pipeline.dto';

registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description:
    'RUNNING. SUCCEEDED: read to the end, every row stored (inserted, updated or unchanged). PARTIAL: read to the end, some rows stored and some refused (see rejected). FAILED: nothing stored (every row refused, or no row), or the import stopped (see error)',
});

@ObjectType('CreatedReferences', { description: 'What an import created of one kind' })
export class CreatedReferencesDto {
  @Field(() => Int, {
    description: 'How many were created (a preview: would be), each name once by match key',
  })
  count!: number;

  @Field(() => [String], { description: 'The first 20 names, as the file first wrote them' })
  names!: string[];
}

@ObjectType('ImportWarningCount', { description: 'How many rows of an import one warning flagged' })
export class ImportWarningCountDto {
  @Field(() => DealWarningEnum)
  warning!: DealWarning;

  @Field(() => Int, { description: 'Rows stored (a preview: that would be) with this warning' })
  rows!: number;

  @Field(() => [Int], { description: 'Lines of the file of the first 3 of them (the header is line 1)' })
  lines!: number[];
}

@ObjectType('ImportJob', { description: 'A CSV import: progress while it runs, outcome after' })
export class ImportJobDto {
  @Field(() => ID)
  id!: string;

  @Field()
  fileName!: string;

  @Field(() => ImportStatus)
  status!: ImportStatus;

  @Field({ description: 'Bytes of the file read so far' })
  bytesRead!: string;

  @Field(() => String, { nullable: true, description: 'Size of the file, when the uploader said' })
  bytesTotal!: string | null;

  @Field(() => Int, {
    description:
      'Data rows of the file read so far (the header and blank lines not counted), as of the last batch stored',
  })
  rowsRead!: number;

  @Field(() => Int, { description: 'Rows stored as new deals (an external id not stored before)' })
  inserted!: number;

  @Field(() => Int, { description: 'Rows that changed a deal already stored' })
  updated!: number;

  @Field(() => Int, { description: 'Rows equal to the deal already stored, left as it was' })
  unchanged!: number;

  @Field(() => Int, {
    description: 'Rows refused, a repeated external id included; importRejections lists them with the reason',
  })
  rejected!: number;

  @Field(() => Int, {
    description:
      'Rows stored (a preview: that would be) with at least one warning: implausible, and the mapping did not refuse it',
  })
  flagged!: number;

  @Field(() => [ImportWarningCountDto], {
    description:
      'Per warning found, the rows flagged with it (a row may have several) and its first lines; the deals ' +
      'list shows them with filter { flagged: true } or { warning }',
  })
  warnings!: ImportWarningCountDto[];

  @Field(() => String, { nullable: true, description: 'Why the import stopped, for a broken file' })
  error!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The template of error, to word it in the reader's language (file.missing_columns, file.empty, " +
      'file.unclosed_quote, file.internal); null when error is null or for imports older than the keys',
  })
  errorKey!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The values errorKey names, as JSON text (columns: the names missing; line: a line of the file)',
  })
  errorParams!: string | null;

  @Field({ description: 'A preview: the counts say what an import of the file would do; no deal was stored' })
  dryRun!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "The file's header row as CSV text, once read: with each ImportRejection.raw under it, the refused rows " +
      'make a file to fix and import again',
  })
  header!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The mapping the file was read with, as JSON text in the shape of DealImportMappingInput (null: the ' +
      'default CRM export): parse it and send it as createDealImport(input: { mapping }) to read the next file ' +
      'from the same CRM the same way',
  })
  mapping!: string | null;

  @Field(() => CreatedReferencesDto, {
    description:
      'Accounts the import created because the file named them and the mapping said createMissing ACCOUNT ' +
      '(a preview: would create)',
  })
  newAccounts!: CreatedReferencesDto;

  @Field(() => CreatedReferencesDto, { description: 'The same for products (createMissing PRODUCT)' })
  newProducts!: CreatedReferencesDto;

  @Field(() => [ImportPreviewRowDto], {
    description: 'A preview (dryRun): its first 10 rows that would be stored, as stored; empty for an import',
  })
  preview!: ImportPreviewRowDto[];

  @Field()
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
}

@ObjectType('ImportReason', { description: 'One reason a row was refused for' })
export class ImportReasonDto {
  @Field(() => String, {
    nullable: true,
    description: 'The template (row.empty, row.unknown_rep, ...; docs/api.md lists them)',
  })
  key!: string | null;

  @Field({ description: 'The values the template names, as JSON text (column, value, ...)' })
  params!: string;

  @Field({ description: 'The reason in English' })
  text!: string;
}

@ObjectType('ImportPreviewRow', { description: 'A row of a preview as it would be stored, names for ids' })
export class ImportPreviewRowDto {
  @Field(() => Int, { description: 'Line of the file the row starts on (the header is line 1)' })
  line!: number;

  @Field()
  externalId!: string;

  @Field(() => String, { nullable: true, description: 'The rep it names (null: none; routing assigns one)' })
  rep!: string | null;

  @Field(() => String, { nullable: true })
  account!: string | null;

  @Field(() => String, { nullable: true })
  product!: string | null;

  @Field({ description: 'The stage of the sales process it lands in (after stageNames)' })
  stage!: string;

  @Field(() => MoneyDto, {
    nullable: true,
    description:
      "The row's amount as it would be stored, in the mapping's currency; null when the cell is empty",
  })
  amount!: MoneyDto | null;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, as read with the mapping's date layout" })
  engageDate!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  expectedCloseDate!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  closeDate!: string | null;

  @Field(() => [DealWarningEnum], { description: 'What it would be flagged with (empty: nothing)' })
  warnings!: DealWarning[];
}

export enum UnknownNameKind {
  STAGE = 'STAGE',
  REP = 'REP',
  PRODUCT = 'PRODUCT',
  ACCOUNT = 'ACCOUNT',
}
registerEnumType(UnknownNameKind, {
  name: 'UnknownNameKind',
  description: 'What a name in a file stands for',
});

@ObjectType('ImportUnknownName', {
  description:
    'A name a file gives that the database does not know: map it (stageNames, repNames, productNames, ' +
    'accountNames) or create it (createMissing, or the Sales process page for a stage), then import again',
})
export class ImportUnknownNameDto {
  @Field(() => UnknownNameKind)
  kind!: UnknownNameKind;

  @Field({ description: 'The cell as the file writes it (the first 200 characters)' })
  value!: string;

  @Field({ description: 'The column of the file it is in' })
  column!: string;

  @Field(() => Int, { description: 'Rows refused because of it (they may have other reasons too)' })
  rows!: number;
}

@ObjectType('ImportReasonGroup', {
  description: "A job's refusals for one reason and column: how many rows, and the first few",
})
export class ImportReasonGroupDto {
  @Field(() => String, { nullable: true, description: 'The reason template (ImportReason.key)' })
  key!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The column of the file at fault, when the reason names one',
  })
  column!: string | null;

  @Field(() => Int, { description: 'Rows refused for it (a row with several reasons counts in each group)' })
  rows!: number;

  @Field(() => [ImportRejectionDto], { description: 'The first 3 of those rows, by line' })
  examples!: ImportRejectionDto[];
}

@ObjectType('ImportRejection', { description: 'A row the import refused' })
export class ImportRejectionDto {
  @Field(() => Int, { description: 'Line of the file the row starts on (the header is line 1)' })
  line!: number;

  @Field({ description: 'Why, in English' })
  reason!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The template of reason, to word it in the reader's language (row.empty, row.unknown_rep, row.not_a_date, " +
      'row.duplicate, ...; docs/api.md lists them); null for rows refused before there were keys',
  })
  reasonKey!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The values reasonKey names, as JSON text: column (its name in the file), value (as written there), ' +
      'and per key format, max, firstLine, date and engageColumn/engageDate (dates as YYYY-MM-DD)',
  })
  reasonParams!: string | null;

  @Field(() => [ImportReasonDto], {
    description:
      'Every reason the row was refused for, in the order of its columns; reason, reasonKey and reasonParams ' +
      'give the first',
  })
  reasons!: ImportReasonDto[];

  @Field({
    description:
      'The row as it was in the file, as CSV text (cells quoted where needed), cut to 2,000 characters; rows ' +
      'refused before 2026-12-07 hold their cells joined by commas without quotes',
  })
  raw!: string;
}
