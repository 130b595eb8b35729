import { DEAL_WARNINGS } from '@salesops/domain';

import { type ImportJobDto, type ImportReasonDto, type ImportRejectionDto } from '../dtos/import.dto';
import { toMoneyDto } from '../dtos/pipeline.dto';
import { type ImportJobEntity } from './import-job.entity';
import { type ImportRejectionEntity, type StoredReason } from './import-rejection.entity';

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
  flagged: job.flagged,
  warnings: DEAL_WARNINGS.flatMap((warning) => {
    const found = job.warnings[warning];
    return found ? [{ warning, rows: found.rows, lines: found.lines }] : [];
  }),
  error: job.error,
  errorKey: job.errorKey,
  errorParams: jsonText(job.errorParams),
  dryRun: job.dryRun,
  header: job.header,
  mapping: jsonText(job.mapping),
  newAccounts: job.created.accounts ?? { count: 0, names: [] },
  newProducts: job.created.products ?? { count: 0, names: [] },
  preview: job.preview.map(({ amountMinor, currency, warnings, ...row }) => ({
    ...row,
    warnings: warnings ?? [],
    amount: amountMinor === null ? null : toMoneyDto(amountMinor, currency),
  })),
  startedAt: job.startedAt,
  finishedAt: job.finishedAt,
});

const toReasonDto = (reason: StoredReason): ImportReasonDto => ({
  key: reason.key,
  params: JSON.stringify(reason.params ?? {}),
  text: reason.text,
});

/** A refused row as clients see it; the reason's params go out as JSON text, as the audit trail's do. */
export const toImportRejectionDto = (rejection: ImportRejectionEntity): ImportRejectionDto => ({
  line: rejection.line,
  reason: rejection.reason,
  reasonKey: rejection.reasonKey,
  reasonParams: jsonText(rejection.reasonParams),
  reasons: rejection.reasons.map(toReasonDto),
  raw: rejection.raw,
});
