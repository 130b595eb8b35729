import { type ImportJobDto, type ImportRejectionDto } from '../dtos/pipeline.dto';
import { type ImportJobEntity } from './import-job.entity';
import { type ImportRejectionEntity } from './import-rejection.entity';

const jsonText = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value);

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
  errorKey: job.errorKey,
  errorParams: jsonText(job.errorParams),
  startedAt: job.startedAt,
  finishedAt: job.finishedAt,
});

/** A refused row as clients see it; the reason's params go out as JSON text, as the audit trail's do. */
export const toImportRejectionDto = (rejection: ImportRejectionEntity): ImportRejectionDto => ({
  line: rejection.line,
  reason: rejection.reason,
  reasonKey: rejection.reasonKey,
  reasonParams: jsonText(rejection.reasonParams),
  raw: rejection.raw,
});
