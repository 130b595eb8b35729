import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  CurrentPrincipal,
  KeyAccess,
  type Principal,
  Role,
  Roles,
  UuidArg,
} from '@salesops/api/core';
import { DataSource, In } from 'typeorm';

import {
  ImportJobDto,
  ImportReasonGroupDto,
  ImportRejectionDto,
  ImportUnknownNameDto,
  type UnknownNameKind,
} from '../dtos/import.dto';
import {
  CreateDealImportInput,
  DateFormatName,
  type DealImportMappingInput,
  ImportRejectionsArgs,
} from '../dtos/pipeline.inputs';
import { rejectionGroups, unknownNames } from './deal-import.queries';
import { DealImportService } from './deal-import.service';
import { CRM_EXPORT_MAPPING, type DealImportMapping } from './deal-import-mapping';
import { ImportJobEntity } from './import-job.entity';
import { toImportJobDto, toImportRejectionDto } from './import-job.mapper';
import { ImportRejectionEntity } from './import-rejection.entity';

/** The most unknown names importUnknownNames lists. */
const UNKNOWN_NAMES_SHOWN = 200;

/** The mapping as the input takes it, for the job to keep: no defaults added, no empty maps. */
function mappingAsInput(mapping: DealImportMappingInput): object {
  const maps = (['stageNames', 'repNames', 'accountNames', 'productNames'] as const).filter(
    (name) => Object.keys(mapping[name] ?? {}).length > 0,
  );
  return {
    columns: Object.fromEntries(Object.entries(mapping.columns).filter(([, column]) => column)),
    repBy: mapping.repBy,
    ...(mapping.datePattern ? { datePattern: mapping.datePattern } : {}),
    dateFormat:
      Object.entries(DateFormatName).find(([, pattern]) => pattern === mapping.dateFormat)?.[0] ?? 'YMD_DASH',
    currency: mapping.currency,
    ...Object.fromEntries(maps.map((name) => [name, mapping[name]])),
    createMissing: mapping.createMissing,
    refuseWarnings: mapping.refuseWarnings,
  };
}

/** CSV imports: create a job here, PUT the file to /imports/<id>, poll importJob(id) for progress. */
@Resolver()
@KeyAccess('PIPELINE')
@Roles(Role.ADMIN)
export class ImportResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly importer: DealImportService,
  ) {}

  @Mutation(() => ImportJobDto, {
    description: 'Starts a deal import; then PUT the CSV file to /imports/{id}',
  })
  async createDealImport(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateDealImportInput,
  ): Promise<ImportJobDto> {
    const mapping: DealImportMapping = input.mapping
      ? {
          columns: { ...input.mapping.columns },
          repBy: input.mapping.repBy,
          stageNames: input.mapping.stageNames ?? {},
          repNames: input.mapping.repNames ?? {},
          accountNames: input.mapping.accountNames ?? {},
          productNames: input.mapping.productNames ?? {},
          createMissing: input.mapping.createMissing,
          refuseWarnings: input.mapping.refuseWarnings,
          dateFormat: input.mapping.datePattern ?? input.mapping.dateFormat,
          currency: input.mapping.currency,
        }
      : CRM_EXPORT_MAPPING;
    const job = await this.importer.createJob(
      input.fileName,
      input.sizeBytes ?? null,
      principal.userId,
      input.dryRun,
      input.mapping ? mappingAsInput(input.mapping) : null,
      mapping,
    );
    return toImportJobDto(job);
  }

  @Query(() => ImportJobDto)
  async importJob(@UuidArg('id') id: string): Promise<ImportJobDto> {
    const job = await this.dataSource.getRepository(ImportJobEntity).findOneBy({ id });
    if (!job) throw AppError.notFound('Import job');
    return toImportJobDto(job);
  }

  @Query(() => [ImportJobDto], { description: 'The latest imports, newest first' })
  async importJobs(): Promise<ImportJobDto[]> {
    const jobs = await this.dataSource
      .getRepository(ImportJobEntity)
      .find({ order: { startedAt: 'DESC' }, take: 50 });
    return jobs.map(toImportJobDto);
  }

  @Query(() => [ImportRejectionDto], { description: 'The rows an import refused, by line' })
  async importRejections(@Args() args: ImportRejectionsArgs): Promise<ImportRejectionDto[]> {
    const rows = await this.dataSource
      .getRepository(ImportRejectionEntity)
      .find({ where: { jobId: args.jobId }, order: { line: 'ASC' }, skip: args.offset, take: args.first });
    return rows.map(toImportRejectionDto);
  }

  @Query(() => [ImportUnknownNameDto], {
    description: `The stages, reps, products and accounts an import's file names that are not stored, each value once with the rows refused for it, most first (at most ${UNKNOWN_NAMES_SHOWN})`,
  })
  async importUnknownNames(@UuidArg('jobId') jobId: string): Promise<ImportUnknownNameDto[]> {
    const rows = await unknownNames(this.dataSource.manager, jobId, UNKNOWN_NAMES_SHOWN);
    return rows.map((row) => ({ ...row, kind: row.kind as UnknownNameKind }));
  }

  @Query(() => [ImportReasonGroupDto], {
    description:
      "An import's refused rows grouped by reason and column, largest group first, each with its first 3 rows: " +
      'what a preview shows before anything is stored',
  })
  async importRejectionGroups(@UuidArg('jobId') jobId: string): Promise<ImportReasonGroupDto[]> {
    const groups = await rejectionGroups(this.dataSource.manager, jobId);
    const ids = groups.flatMap((group) => group.first_ids);
    const examples = new Map(
      (ids.length
        ? await this.dataSource.getRepository(ImportRejectionEntity).findBy({ id: In(ids) })
        : []
      ).map((rejection) => [rejection.id, toImportRejectionDto(rejection)]),
    );
    return groups.map((group) => ({
      key: group.key,
      column: group.column,
      rows: group.rows,
      examples: group.first_ids.flatMap((id) => examples.get(id) ?? []),
    }));
  }
}
