import { type ImportJobDto } from '../dtos/pipeline.dto';
import { type ImportJobEntity } from './import-job.entity';

/** The job as clients see it, over GraphQL and as the answer of the upload. */
export const toImportJobDto = (job: ImportJobEntity): ImportJobDto => ({
  id: job.id,
  fileName: job.fileName,
  status: job.status,
  bytesRead: job.bytesRead,
  bytesTotal: job.bytesTotal,
  rowsRead: job.rowsRead,
  inserted: job.inserted,
  updated: job.updated,
  unchanged: job.unchanged,
  rejected: job.rejected,
  error: job.error,
  startedAt: job.startedAt,
  finishedAt: job.finishedAt,
});
