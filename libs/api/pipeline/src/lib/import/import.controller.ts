import { Controller, HttpCode, Param, ParseUUIDPipe, Put, Req } from '@nestjs/common';
import { AppError, type AppRequest, KeyAccess, Role, Roles } from '@salesops/api/core';
import { type ImportJobDto } from '../dtos/pipeline.dto';
import { DealImportService } from './deal-import.service';
import { PendingImports } from './pending-imports';
import { toImportJobDto } from './import-job.mapper';

/**
 * Receives the CSV of an import job as the raw request body and streams it through the importer,
 * so a file of any size never sits in memory. Answers with the finished job.
 */
@Controller('imports')
@Roles(Role.ADMIN)
@KeyAccess('PIPELINE')
export class ImportController {
  constructor(
    private readonly importer: DealImportService,
    private readonly pending: PendingImports,
  ) {}

  @Put(':id')
  @HttpCode(200)
  async upload(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: AppRequest): Promise<ImportJobDto> {
    const mapping = this.pending.take(id);
    if (!mapping) throw AppError.notFound('Import job waiting for its file');
    return toImportJobDto(await this.importer.run(id, req, mapping));
  }
}
