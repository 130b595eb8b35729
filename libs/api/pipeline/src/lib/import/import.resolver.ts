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
import { DataSource } from 'typeorm';

import { ImportJobDto, ImportRejectionDto } from '../dtos/pipeline.dto';
import { CreateDealImportInput, ImportRejectionsArgs } from '../dtos/pipeline.inputs';
import { DealImportService } from './deal-import.service';
import { CRM_EXPORT_MAPPING, type DealImportMapping } from './deal-import-mapping';
import { ImportJobEntity } from './import-job.entity';
import { toImportJobDto, toImportRejectionDto } from './import-job.mapper';
import { ImportRejectionEntity } from './import-rejection.entity';
import { PendingImports } from './pending-imports';

/** CSV imports: create a job here, PUT the file to /imports/<id>, poll importJob(id) for progress. */
@Resolver()
@KeyAccess('PIPELINE')
@Roles(Role.ADMIN)
export class ImportResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly importer: DealImportService,
    private readonly pending: PendingImports,
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
          ...input.mapping,
          stageNames: input.mapping.stageNames ?? {},
          columns: { ...input.mapping.columns },
        }
      : CRM_EXPORT_MAPPING;
    const job = await this.importer.createJob(input.fileName, input.sizeBytes ?? null, principal.userId);
    this.pending.add(job.id, mapping);
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
}
