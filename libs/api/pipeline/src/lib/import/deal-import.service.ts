import { createHash, randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, auditSummary, inTransaction } from '@salesops/api/core';
import { RepEntity } from '@salesops/api/org';
import { CsvParser, type CsvRow, CsvUnclosedQuoteError, matchKey } from '@salesops/domain';
import { DataSource } from 'typeorm';

import { AccountEntity } from '../account.entity';
import { ChangeSource } from '../deal-stage-change.entity';
import { ProductEntity } from '../product.entity';
import { RoutingService } from '../routing/routing.service';
import { SalesStageEntity } from '../sales-stage.entity';
import { addImportBatch, finishImportJob } from './deal-import.queries';
import { type DealColumns, type DealImportMapping } from './deal-import-mapping';
import {
  columnIndexes,
  type DealLookups,
  type DealRow,
  MissingColumnsError,
  repKey,
  toDealRow,
} from './deal-row';
import { ImportJobEntity, ImportStatus } from './import-job.entity';
import { type ImportReason, importReason } from './import-reasons';
import { ImportRejectionEntity } from './import-rejection.entity';
import { upsertDeals } from './upsert-deals';

/** Rows per transaction: big enough to amortise each statement's fixed cost (triggers, round trips). */
export const IMPORT_BATCH_SIZE = 5000;

/** What is wrong with the file itself (shown to the user), as opposed to an internal failure. */
export class ImportFileError extends Error {
  constructor(readonly reason: ImportReason) {
    super(reason.text);
  }
}

/** Runs a step of reading the file, turning what the file got wrong into an ImportFileError. */
function fileError<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof MissingColumnsError) throw new ImportFileError(error.reason);
    if (error instanceof CsvUnclosedQuoteError)
      throw new ImportFileError(importReason('file.unclosed_quote', { line: error.line }));
    throw error;
  }
}
const RAW_LIMIT = 2000;

/**
 * Streams a CSV of deals into the database in batches. Each batch (its deals, its rejected rows and
 * the job's counters) is one transaction, so a file that breaks half-way keeps every batch before
 * the break, and the job's progress is visible to other requests while it runs. The next batch is
 * read and checked while the previous one is being written (one write in flight at a time).
 */
@Injectable()
export class DealImportService {
  private readonly logger = new Logger('DealImport');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly routing: RoutingService,
    private readonly audit: AuditService,
  ) {}

  async createJob(
    fileName: string,
    bytesTotal: number | null,
    createdBy: string | null,
  ): Promise<ImportJobEntity> {
    const job = this.dataSource.getRepository(ImportJobEntity).create({
      id: randomUUID(),
      fileName,
      status: ImportStatus.RUNNING,
      bytesTotal: bytesTotal === null ? null : String(bytesTotal),
      createdBy,
    });
    // In a transaction, so an Idempotency-Key sent with the request is taken together with the job.
    return inTransaction(this.dataSource, async (manager) => {
      await manager.insert(ImportJobEntity, job);
      return manager.findOneByOrFail(ImportJobEntity, { id: job.id });
    });
  }

  async loadLookups(mapping: DealImportMapping): Promise<DealLookups> {
    const [reps, accounts, products, stages] = await Promise.all([
      this.dataSource.getRepository(RepEntity).find({ select: { id: true, name: true, email: true } }),
      this.dataSource.getRepository(AccountEntity).find({ select: { id: true, matchKey: true } }),
      this.dataSource.getRepository(ProductEntity).find({ select: { id: true, matchKey: true } }),
      this.dataSource.getRepository(SalesStageEntity).find({ select: { id: true, name: true } }),
    ]);
    return {
      repIds: new Map(
        reps.map((rep) => [repKey(mapping.repBy === 'EMAIL' ? rep.email : rep.name, mapping.repBy), rep.id]),
      ),
      accountIds: new Map(accounts.map((account) => [account.matchKey, account.id])),
      productIds: new Map(products.map((product) => [product.matchKey, product.id])),
      stageIds: new Map(stages.map((stage) => [matchKey(stage.name), stage.id])),
    };
  }

  async run(
    jobId: string,
    source: AsyncIterable<Buffer | string>,
    mapping: DealImportMapping,
  ): Promise<ImportJobEntity> {
    const lookups = await this.loadLookups(mapping);
    const parser = new CsvParser();
    const decoder = new TextDecoder('utf-8');
    const seen = new Map<string, number>();
    let indexes: Map<keyof DealColumns, number> | null = null;
    let batch: DealRow[] = [];
    let rejections: { line: number; reason: ImportReason; raw: string }[] = [];
    let bytesRead = 0;
    let rowsRead = 0;
    const fileHash = createHash('sha256');
    let wholeFileRead = false;

    const handle = (rows: CsvRow[]) => {
      for (const row of rows) {
        if (!indexes) {
          indexes = fileError(() => columnIndexes(row.values, mapping.columns));
          continue;
        }
        if (row.values.every((value) => value.trim() === '')) continue;
        rowsRead++;
        const result = toDealRow(row.values, indexes, mapping, lookups);
        if (!result.ok) {
          rejections.push({ line: row.line, reason: result.reason, raw: row.values.join(',') });
          continue;
        }
        const firstLine = seen.get(result.row.externalId);
        if (firstLine !== undefined) {
          const reason = importReason('row.duplicate', {
            column: mapping.columns.externalId,
            value: result.row.externalId,
            firstLine,
          });
          rejections.push({ line: row.line, reason, raw: row.values.join(',') });
          continue;
        }
        seen.set(result.row.externalId, row.line);
        batch.push(result.row);
      }
    };

    const write = async (
      rows: DealRow[],
      refused: typeof rejections,
      progress: { bytesRead: number; rowsRead: number },
    ) => {
      await inTransaction(this.dataSource, async (manager) => {
        const counts = await upsertDeals(manager, rows, ChangeSource.IMPORT, jobId);
        if (refused.length > 0) {
          await manager.insert(
            ImportRejectionEntity,
            refused.map((r) => ({
              id: randomUUID(),
              jobId,
              line: r.line,
              reason: r.reason.text.slice(0, 500),
              reasonKey: r.reason.key,
              reasonParams: r.reason.params,
              raw: r.raw.slice(0, RAW_LIMIT),
            })),
          );
        }
        await addImportBatch(manager, jobId, {
          bytesRead: progress.bytesRead,
          rowsRead: progress.rowsRead,
          inserted: counts.inserted,
          updated: counts.updated,
          unchanged: counts.unchanged,
          rejected: refused.length,
        });
      });
    };
    // One batch is written while the next is parsed; a batch starts only once the one before it is stored.
    let inFlight: Promise<void> = Promise.resolve();
    const flush = async () => {
      const [rows, refused] = [batch, rejections];
      batch = [];
      rejections = [];
      const progress = { bytesRead, rowsRead };
      await inFlight;
      inFlight = write(rows, refused, progress);
      // Handled here so a failure while the next batch is read is not an unhandled rejection; the
      // next `await inFlight` still throws it.
      inFlight.catch(() => undefined);
    };

    try {
      for await (const chunk of source) {
        bytesRead += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
        fileHash.update(chunk);
        handle(parser.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })));
        if (batch.length >= IMPORT_BATCH_SIZE) await flush();
      }
      wholeFileRead = true;
      handle(parser.push(decoder.decode()));
      handle(fileError(() => parser.end()));
      if (!indexes) throw new ImportFileError(importReason('file.empty', {}));
      await flush();
      await inFlight;
      await this.finish(jobId, ImportStatus.SUCCEEDED, null, fileHash.digest('hex'));
    } catch (error) {
      // A broken file: every complete row before the break is stored and every refusal reported.
      // An internal failure: batches already stored stay stored; the failing batch is not retried.
      const stored = await inFlight.then(
        () => true,
        () => false,
      );
      if (!(error instanceof ImportFileError) || !stored) batch = [];
      if (stored)
        await flush()
          .then(() => inFlight)
          .catch(() => undefined);
      // Only a file read to its end has a hash to compare a second upload with.
      const sha256 = wholeFileRead ? fileHash.digest('hex') : null;
      await this.finish(
        jobId,
        ImportStatus.FAILED,
        error instanceof ImportFileError ? error.reason : importReason('file.internal', {}),
        sha256,
      );
      if (!(error instanceof ImportFileError))
        this.logger.error(`Import ${jobId} failed`, error instanceof Error ? error.stack : String(error));
    }
    // Deals that arrived without a rep are shared out now, whatever became of the rest of the file.
    await this.routing.routeUnassigned();
    return this.dataSource.getRepository(ImportJobEntity).findOneByOrFail({ id: jobId });
  }

  /** The SHA-256 of a request body, read to its end. */
  async hashOf(source: AsyncIterable<Buffer | string>): Promise<string> {
    const hash = createHash('sha256');
    for await (const chunk of source) hash.update(chunk);
    return hash.digest('hex');
  }

  /**
   * Ends a job. A file read to its end is SUCCEEDED when every row was stored, PARTIAL when some were
   * refused, FAILED when none was stored; a stopped one is FAILED whatever it stored before the stop.
   */
  private async finish(
    jobId: string,
    ended: ImportStatus.SUCCEEDED | ImportStatus.FAILED,
    error: ImportReason | null,
    fileSha256: string | null,
  ): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      const job = await finishImportJob(manager, jobId, {
        ended,
        error: error?.text ?? null,
        errorKey: error?.key ?? null,
        errorParams: error ? JSON.stringify(error.params) : null,
        fileSha256,
      });
      const status = job.status;
      await this.audit.record(manager, {
        action: 'import.finish',
        entityType: 'import_job',
        entityId: jobId,
        summary: auditSummary(
          FINISH_SUMMARY[status as keyof typeof FINISH_SUMMARY] ?? 'import.finish.failed',
          {
            file: job.file_name,
            inserted: job.inserted,
            updated: job.updated,
            unchanged: job.unchanged,
            rejected: job.rejected,
          },
        ),
        after: { error: error?.text ?? null, ...job },
      });
    });
  }
}

const FINISH_SUMMARY = {
  [ImportStatus.SUCCEEDED]: 'import.finish.succeeded',
  [ImportStatus.PARTIAL]: 'import.finish.partial',
  [ImportStatus.FAILED]: 'import.finish.failed',
} as const;
