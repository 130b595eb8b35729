import { createHash, randomUUID } from 'node:crypto';

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, auditSummary, inTransaction } from '@salesops/api/core';
import { RepEntity } from '@salesops/api/org';
import {
  csvLine,
  CsvParser,
  type CsvRow,
  CsvUnclosedQuoteError,
  matchKey,
  todayIsoDate,
} from '@salesops/domain';
import { DataSource, type EntityManager } from 'typeorm';

import { AccountEntity } from '../account.entity';
import { ChangeSource } from '../deal-stage-change.entity';
import { ProductEntity } from '../product.entity';
import { RoutingService } from '../routing/routing.service';
import { SalesStageEntity } from '../sales-stage.entity';
import { addImportBatch, createReferences, finishImportJob } from './deal-import.queries';
import { type DealColumns, type DealImportMapping } from './deal-import-mapping';
import {
  columnIndexes,
  type DealLookups,
  type DealRow,
  MissingColumnsError,
  repKey,
  toDealRow,
} from './deal-row';
import {
  ImportJobEntity,
  type ImportPreviewRow,
  ImportStatus,
  type ImportWarnings,
} from './import-job.entity';
import { type ImportReason, importReason } from './import-reasons';
import { ImportRejectionEntity } from './import-rejection.entity';
import { upsertDeals } from './upsert-deals';

/** Rows per transaction: big enough to amortise each statement's fixed cost (triggers, round trips). */
export const IMPORT_BATCH_SIZE = 5000;

/**
 * Batches written at once, each in its own transaction on its own connection (decision 0030): the
 * database stores one while it still finishes the one before. One when the file may create accounts or
 * products: a batch would not see the ones the batch before it creates until that one commits.
 */
export const IMPORT_WRITERS = 2;

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

/** Rows a dry run shows as they would be stored. */
export const PREVIEW_ROWS = 10;

/** What an import created (or a preview would create), by kind: match key -> name as first written. */
type CreatedNames = Record<'ACCOUNT' | 'PRODUCT', Map<string, string>>;

/** The names a job keeps of what it created: how many, and the first few. */
export const CREATED_NAMES_SHOWN = 20;

function createdSummary(names: Map<string, string>): { count: number; names: string[] } {
  return { count: names.size, names: [...names.values()].slice(0, CREATED_NAMES_SHOWN) };
}

/** A refused row: where, every reason, and the row as CSV text. */
interface Refusal {
  line: number;
  reasons: ImportReason[];
  raw: string;
}

/** The lines of a file an import's warnings show, per warning. */
export const WARNING_LINES_SHOWN = 3;

/** Adds a stored batch's flagged rows to the job's warnings: counts, and the first lines of each. */
function tallyWarnings(warnings: ImportWarnings, rows: DealRow[], lines: number[]): void {
  rows.forEach((row, index) => {
    for (const warning of row.warnings) {
      const entry = (warnings[warning] ??= { rows: 0, lines: [] });
      entry.rows++;
      // Batches may be stored out of order (IMPORT_WRITERS): keep the first lines of the file.
      if (entry.lines.length < WARNING_LINES_SHOWN || lines[index] < entry.lines[WARNING_LINES_SHOWN - 1]) {
        entry.lines = [...entry.lines, lines[index]].sort((a, b) => a - b).slice(0, WARNING_LINES_SHOWN);
      }
    }
  });
}

/** Settles once both have (so nothing is still writing), failing with the first one's error if either failed. */
async function bothSettled(first: Promise<void>, second: Promise<void>): Promise<void> {
  for (const result of await Promise.allSettled([first, second]))
    if (result.status === 'rejected') throw result.reason;
}

/** A row as a preview shows it: names for ids. */
function previewRow(line: number, row: DealRow, lookups: DealLookups): ImportPreviewRow {
  const name = (id: string | null) => (id === null ? null : (lookups.names?.get(id) ?? id));
  return {
    line,
    externalId: row.externalId,
    rep: name(row.repId),
    account: row.newAccount ?? name(row.accountId),
    product: row.newProduct ?? name(row.productId),
    stage: name(row.stageId) ?? row.stageId,
    amountMinor: row.amountMinor,
    currency: row.currency,
    engageDate: row.engageDate,
    expectedCloseDate: row.expectedCloseDate,
    closeDate: row.closeDate,
    warnings: row.warnings,
  };
}

/**
 * Streams a CSV of deals into the database in batches. Each batch (its deals, its rejected rows and
 * the job's counters) is one transaction, so a file that breaks half-way keeps every batch before
 * the break, and the job's progress is visible to other requests while it runs. The next batch is
 * read and checked while the ones before it are being written (IMPORT_WRITERS at a time).
 */
@Injectable()
export class DealImportService {
  private readonly logger = new Logger('DealImport');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly routing: RoutingService,
    private readonly audit: AuditService,
  ) {}

  /** A job waiting for its file; a dry run checks and counts the file and stores no deal. */
  async createJob(
    fileName: string,
    bytesTotal: number | null,
    createdBy: string | null,
    dryRun = false,
    mapping: object | null = null,
    /** Kept for the upload to claim (claimWaitingMapping); null when the caller runs the import itself. */
    awaitingMapping: DealImportMapping | null = null,
  ): Promise<ImportJobEntity> {
    const job = this.dataSource.getRepository(ImportJobEntity).create({
      id: randomUUID(),
      fileName,
      dryRun,
      mapping,
      awaitingMapping,
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
      this.dataSource.getRepository(AccountEntity).find({ select: { id: true, name: true, matchKey: true } }),
      this.dataSource.getRepository(ProductEntity).find({ select: { id: true, name: true, matchKey: true } }),
      this.dataSource.getRepository(SalesStageEntity).find({ select: { id: true, name: true, kind: true } }),
    ]);
    return {
      repIds: new Map(
        reps.map((rep) => [repKey(mapping.repBy === 'EMAIL' ? rep.email : rep.name, mapping.repBy), rep.id]),
      ),
      accountIds: new Map(accounts.map((account) => [account.matchKey, account.id])),
      productIds: new Map(products.map((product) => [product.matchKey, product.id])),
      stageIds: new Map(stages.map((stage) => [matchKey(stage.name), stage.id])),
      stageKinds: new Map(stages.map((stage) => [stage.id, stage.kind])),
      today: todayIsoDate(),
      names: new Map([...reps, ...accounts, ...products, ...stages].map((item) => [item.id, item.name])),
    };
  }

  /**
   * Reads the file into the job. A dry run does all an import does (every check, the upsert itself, so
   * inserted, updated and unchanged are counted against what is stored) and undoes each batch's deals
   * before its transaction ends; refused rows and counters are kept, and the first rows as they would be
   * stored are kept in `preview`.
   */
  async run(
    jobId: string,
    source: AsyncIterable<Buffer | string>,
    mapping: DealImportMapping,
  ): Promise<ImportJobEntity> {
    const { dryRun } = await this.dataSource
      .getRepository(ImportJobEntity)
      .findOneOrFail({ where: { id: jobId }, select: { id: true, dryRun: true } });
    const lookups = await this.loadLookups(mapping);
    const parser = new CsvParser();
    const decoder = new TextDecoder('utf-8');
    const seen = new Map<string, number>();
    let indexes: Map<keyof DealColumns, number> | null = null;
    let header: string | null = null;
    let batch: DealRow[] = [];
    let batchLines: number[] = [];
    const warnings: ImportWarnings = {};
    let rejections: Refusal[] = [];
    const preview: ImportPreviewRow[] = [];
    const created: CreatedNames = { ACCOUNT: new Map(), PRODUCT: new Map() };
    let bytesRead = 0;
    let rowsRead = 0;
    const fileHash = createHash('sha256');
    let wholeFileRead = false;

    const handle = (rows: CsvRow[]) => {
      for (const row of rows) {
        if (!indexes) {
          header = csvLine(row.values);
          indexes = fileError(() => columnIndexes(row.values, mapping.columns));
          continue;
        }
        if (row.values.every((value) => value.trim() === '')) continue;
        rowsRead++;
        const result = toDealRow(row.values, indexes, mapping, lookups);
        if (!result.ok) {
          rejections.push({ line: row.line, reasons: result.reasons, raw: csvLine(row.values) });
          continue;
        }
        const firstLine = seen.get(result.row.externalId);
        if (firstLine !== undefined) {
          const reason = importReason('row.duplicate', {
            column: mapping.columns.externalId,
            value: result.row.externalId,
            firstLine,
          });
          rejections.push({ line: row.line, reasons: [reason], raw: csvLine(row.values) });
          continue;
        }
        seen.set(result.row.externalId, row.line);
        batch.push(result.row);
        batchLines.push(row.line);
        if (dryRun && preview.length < PREVIEW_ROWS) preview.push(previewRow(row.line, result.row, lookups));
      }
    };

    const write = async (
      rows: DealRow[],
      lines: number[],
      refused: Refusal[],
      progress: { bytesRead: number; rowsRead: number },
    ) => {
      const flagged = rows.filter((row) => row.warnings.length > 0).length;
      await inTransaction(this.dataSource, async (manager) => {
        if (dryRun) await manager.query('SAVEPOINT import_dry_run');
        await this.createNamed(manager, rows, lookups, created, !dryRun);
        const counts = await upsertDeals(manager, rows, ChangeSource.IMPORT, jobId);
        if (dryRun) await manager.query('ROLLBACK TO SAVEPOINT import_dry_run');
        if (refused.length > 0) {
          await manager.insert(
            ImportRejectionEntity,
            refused.map((r) => ({
              id: randomUUID(),
              jobId,
              line: r.line,
              reason: r.reasons
                .map((reason) => reason.text)
                .join('; ')
                .slice(0, 500),
              reasonKey: r.reasons[0].key,
              reasonParams: r.reasons[0].params,
              reasons: r.reasons.map(({ key, params, text }) => ({ key, params, text })),
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
          flagged,
        });
      });
      tallyWarnings(warnings, rows, lines);
    };
    // Batches are written while the next is parsed, up to `writers` at once. `inFlight` settles once
    // every batch started has: it fails when any of them failed.
    const writers = mapping.createMissing?.length ? 1 : IMPORT_WRITERS;
    const writing: Promise<void>[] = [];
    let inFlight: Promise<void> = Promise.resolve();
    const flush = async () => {
      const [rows, lines, refused] = [batch, batchLines, rejections];
      batch = [];
      batchLines = [];
      rejections = [];
      const progress = { bytesRead, rowsRead };
      if (writing.length >= writers) await writing.shift();
      const written = write(rows, lines, refused, progress);
      // Handled here so a failure while the next batch is read is not an unhandled rejection; the
      // next `await` of it still throws it.
      written.catch(() => undefined);
      writing.push(written);
      inFlight = bothSettled(inFlight, written);
      inFlight.catch(() => undefined);
    };
    // A hash can be read once; the error path may ask again after a failed finish.
    let sha256: string | null = null;
    const ending = () => ({
      header,
      warnings,
      preview,
      created,
      fileSha256: wholeFileRead ? (sha256 ??= fileHash.digest('hex')) : null,
    });

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
      await this.finish(jobId, ImportStatus.SUCCEEDED, null, ending());
    } catch (error) {
      // A broken file: every complete row before the break is stored and every refusal reported.
      // An internal failure: batches already stored stay stored; the failing batch is not retried.
      const stored = await inFlight.then(
        () => true,
        () => false,
      );
      if (!(error instanceof ImportFileError) || !stored) [batch, batchLines] = [[], []];
      if (stored)
        await flush()
          .then(() => inFlight)
          .catch(() => undefined);
      // Only a file read to its end has a hash to compare a second upload with.
      await this.finish(
        jobId,
        ImportStatus.FAILED,
        error instanceof ImportFileError ? error.reason : importReason('file.internal', {}),
        ending(),
      );
      if (!(error instanceof ImportFileError))
        this.logger.error(`Import ${jobId} failed`, error instanceof Error ? error.stack : String(error));
    }
    // Deals that arrived without a rep are shared out now, whatever became of the rest of the file.
    if (!dryRun) await this.routing.routeUnassigned();
    return this.dataSource.getRepository(ImportJobEntity).findOneByOrFail({ id: jobId });
  }

  /**
   * Creates the accounts and products the rows name that are not stored (mapping.createMissing) and puts
   * their ids on the rows. `created` collects what the job created, by match key, across batches; with
   * `remember`, the lookups learn the new ids so later batches find them (not in a dry run, whose
   * creations are undone with each batch).
   */
  private async createNamed(
    manager: EntityManager,
    rows: DealRow[],
    lookups: DealLookups,
    created: CreatedNames,
    remember: boolean,
  ): Promise<void> {
    for (const kind of ['ACCOUNT', 'PRODUCT'] as const) {
      const field = kind === 'ACCOUNT' ? 'newAccount' : 'newProduct';
      const named = rows.filter((row) => row[field] !== undefined);
      if (named.length === 0) continue;
      const found = await createReferences(
        manager,
        kind,
        named.map((row) => ({ name: row[field] as string, key: matchKey(row[field] as string) })),
      );
      const ids = new Map(found.map((ref) => [ref.match_key, ref.id]));
      for (const ref of found) {
        if (ref.created && !created[kind].has(ref.match_key))
          created[kind].set(
            ref.match_key,
            named.find((row) => matchKey(row[field] as string) === ref.match_key)?.[field] as string,
          );
      }
      const known = kind === 'ACCOUNT' ? lookups.accountIds : lookups.productIds;
      for (const row of named) {
        const key = matchKey(row[field] as string);
        const id = ids.get(key) ?? null;
        if (kind === 'ACCOUNT') row.accountId = id;
        else row.productId = id;
        if (remember && id) {
          known.set(key, id);
          lookups.names?.set(id, row[field] as string);
        }
      }
    }
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
    read: {
      header: string | null;
      preview: ImportPreviewRow[];
      created: CreatedNames;
      warnings: ImportWarnings;
      fileSha256: string | null;
    },
  ): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      const job = await finishImportJob(manager, jobId, {
        ended,
        error: error?.text ?? null,
        errorKey: error?.key ?? null,
        errorParams: error ? JSON.stringify(error.params) : null,
        fileSha256: read.fileSha256,
        header: read.header,
        preview: JSON.stringify(read.preview),
        warnings: JSON.stringify(read.warnings),
        created: JSON.stringify({
          accounts: createdSummary(read.created.ACCOUNT),
          products: createdSummary(read.created.PRODUCT),
        }),
      });
      const status = job.status;
      await this.audit.record(manager, {
        action: 'import.finish',
        entityType: 'import_job',
        entityId: jobId,
        summary: auditSummary(
          job.dry_run
            ? 'import.finish.dry_run'
            : (FINISH_SUMMARY[status as keyof typeof FINISH_SUMMARY] ?? 'import.finish.failed'),
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
