import { Controller, HttpCode, Param, ParseUUIDPipe, Put, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type AppRequest, KeyAccess, Role, Roles } from '@salesops/api/core';
import { type Response } from 'express';
import { DataSource } from 'typeorm';

import { type ImportJobDto } from '../dtos/import.dto';
import { claimWaitingMapping, FILE_WAIT_MINUTES } from './deal-import.queries';
import { DealImportService } from './deal-import.service';
import { type DealImportMapping } from './deal-import-mapping';
import { ImportJobEntity, ImportStatus } from './import-job.entity';
import { toImportJobDto } from './import-job.mapper';

/**
 * Receives the CSV of an import job as the raw request body and streams it through the importer,
 * so a file of any size never sits in memory. Answers with the finished job. The upload is idempotent:
 * the same file sent again to a finished job gets the job back (`Idempotent-Replayed: true`) without
 * importing anything; another file is refused.
 */
@Controller('imports')
@Roles(Role.ADMIN)
@KeyAccess('PIPELINE')
export class ImportController {
  constructor(
    private readonly importer: DealImportService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Put(':id')
  @HttpCode(200)
  async upload(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Req() req: AppRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ImportJobDto> {
    const mapping = await claimWaitingMapping<DealImportMapping>(this.dataSource.manager, id);
    if (mapping) return toImportJobDto(await this.importer.run(id, req, mapping));

    const job = await this.dataSource.getRepository(ImportJobEntity).findOneBy({ id });
    if (!job) throw AppError.notFound('Import job');
    if (job.status === ImportStatus.RUNNING)
      throw AppError.conflict(
        `This import is receiving its file now (or waited more than ${FILE_WAIT_MINUTES} minutes for it); read its state with the importJob query`,
      );
    if (!job.fileSha256)
      throw AppError.conflict(
        `This import ${job.status === ImportStatus.FAILED ? 'failed' : 'ended'} before its whole file was read; start a new import to send it again`,
      );
    if ((await this.importer.hashOf(req)) !== job.fileSha256) {
      throw AppError.conflict('This import already received another file; start a new import for this one');
    }
    res.setHeader('Idempotent-Replayed', 'true');
    return toImportJobDto(job);
  }
}
