import { runSql, runSqlReturning, sql } from '@salesops/api/core';
import { type EntityManager } from 'typeorm';

import { type ImportStatus } from './import-job.entity';

type Runner = Pick<EntityManager, 'query'>;

/** How far a job has read its file, and what one batch of it did. */
export interface ImportBatchProgress {
  bytesRead: number;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Rows of the batch stored with at least one warning. */
  flagged: number;
}

/** How long a new job waits for its file before an upload is refused. */
export const FILE_WAIT_MINUTES = 15;

/**
 * Takes a job's waiting mapping, once: the first upload within FILE_WAIT_MINUTES of the job's start gets it
 * and clears it in the same statement, so a second upload (on this or any other API process) gets null.
 * Kept in the job's row and not in memory, so the file may reach another replica than the one that
 * created the job.
 */
export async function claimWaitingMapping<Mapping>(runner: Runner, jobId: string): Promise<Mapping | null> {
  const rows = await runSqlReturning<{ mapping: Mapping }>(
    runner,
    sql`WITH claimed AS (
          SELECT id, awaiting_mapping FROM import_job
          WHERE id = ${jobId} AND awaiting_mapping IS NOT NULL
            AND started_at > now() - make_interval(mins => ${FILE_WAIT_MINUTES})
          FOR UPDATE
        )
        UPDATE import_job AS j SET awaiting_mapping = NULL FROM claimed WHERE j.id = claimed.id
        RETURNING claimed.awaiting_mapping AS mapping`,
  );
  return rows[0]?.mapping ?? null;
}

/**
 * Sets how far the job has read its file and adds one batch's counts to its counters. Batches written at
 * once may commit out of order: how far it has read only moves forward.
 */
export async function addImportBatch(
  runner: Runner,
  jobId: string,
  batch: ImportBatchProgress,
): Promise<void> {
  await runSql(
    runner,
    sql`UPDATE import_job SET bytes_read = greatest(bytes_read, ${batch.bytesRead}), rows_read = greatest(rows_read, ${batch.rowsRead}), inserted = inserted + ${batch.inserted}, updated = updated + ${batch.updated},
                  unchanged = unchanged + ${batch.unchanged}, rejected = rejected + ${batch.rejected}, flagged = flagged + ${batch.flagged} WHERE id = ${jobId}`,
  );
}

/** How a job ended: its error (if it stopped) and the hash of a file read to its end. */
export interface ImportEnd {
  ended: ImportStatus.SUCCEEDED | ImportStatus.FAILED;
  error: string | null;
  errorKey: string | null;
  /** The error's params as JSON text. */
  errorParams: string | null;
  fileSha256: string | null;
  /** The file's header row as CSV text; null when the file had none. */
  header: string | null;
  /** A dry run's first rows (ImportPreviewRow[]) as JSON text. */
  preview: string;
  /** Per warning, the rows flagged and their first lines (ImportWarnings) as JSON text. */
  warnings: string;
  /** What it created (or would create), as JSON text: { accounts: {count, names}, products: {count, names} }. */
  created: string;
}

/** A job as it ended: its status and counters. */
export interface FinishedImportRow {
  status: ImportStatus;
  file_name: string;
  rows_read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  flagged: number;
  dry_run: boolean;
}

/**
 * Ends a job now with its error and file hash, its status worked out from its counters (FAILED when it
 * stopped or stored nothing, PARTIAL when rows were refused, else SUCCEEDED); the job as it ended.
 */
export async function finishImportJob(
  runner: Runner,
  jobId: string,
  end: ImportEnd,
): Promise<FinishedImportRow> {
  // TypeORM answers an UPDATE with [rows, affected count].
  const [[job]] = (await runSql<unknown>(
    runner,
    sql`UPDATE import_job SET error = ${end.error}, error_key = ${end.errorKey}, error_params = ${end.errorParams}, file_sha256 = ${end.fileSha256}, header = ${end.header}, preview = ${end.preview}::jsonb, warnings = ${end.warnings}::jsonb, created = ${end.created}::jsonb, finished_at = now(),
                status = CASE WHEN ${end.ended} = 'FAILED' OR inserted + updated + unchanged = 0 THEN 'FAILED'
                              WHEN rejected > 0 THEN 'PARTIAL' ELSE 'SUCCEEDED' END::import_status
          WHERE id = ${jobId} RETURNING status, file_name, rows_read, inserted, updated, unchanged, rejected, flagged, dry_run`,
  )) as [FinishedImportRow[], number];
  return job;
}

/** A job's refusals counted by reason and column, with the lines of the first three of each. */
export interface RejectionGroupRow {
  key: string | null;
  column: string | null;
  rows: number;
  first_ids: string[];
}

/**
 * A job's refusals grouped by reason template and column, largest group first. A row refused for several
 * reasons counts once in each of its groups; a reason repeated within a row (two bad dates) counts the row
 * once. Rows refused before reasons were kept as a list have their one reason there too (migration).
 */
export function rejectionGroups(runner: Runner, jobId: string): Promise<RejectionGroupRow[]> {
  return runSql<RejectionGroupRow>(
    runner,
    sql`SELECT g.key, g.column, count(*)::int AS rows, (array_agg(g.id ORDER BY g.line))[1:3] AS first_ids
          FROM (SELECT DISTINCT r.id, r.line, e->>'key' AS key, e->'params'->>'column' AS column
                  FROM import_rejection r CROSS JOIN jsonb_array_elements(r.reasons) e
                 WHERE r.job_id = ${jobId}) g
         GROUP BY g.key, g.column
         ORDER BY rows DESC, g.key, g.column`,
  );
}

/** A name a job's file gives that the database does not know, of one kind, and the rows refused for it. */
export interface UnknownNameRow {
  kind: 'STAGE' | 'REP' | 'PRODUCT' | 'ACCOUNT';
  value: string;
  column: string;
  rows: number;
}

/**
 * The stages, reps, products and accounts a job's refused rows name that are not stored, each value once
 * with the rows refused for it, most rows first: what the user maps (stageNames, repNames, ...) or creates.
 */
export function unknownNames(runner: Runner, jobId: string, limit: number): Promise<UnknownNameRow[]> {
  return runSql<UnknownNameRow>(
    runner,
    sql`SELECT upper(substr(e->>'key', 13)) AS kind, e->'params'->>'value' AS value, e->'params'->>'column' AS column,
               count(DISTINCT r.id)::int AS rows
          FROM import_rejection r CROSS JOIN jsonb_array_elements(r.reasons) e
         WHERE r.job_id = ${jobId} AND e->>'key' IN ('row.unknown_stage', 'row.unknown_rep', 'row.unknown_product', 'row.unknown_account')
         GROUP BY 1, 2, 3
         ORDER BY rows DESC, kind, value
         LIMIT ${limit}`,
  );
}

/** An account or product a file names, by its match key, and whether this statement created it. */
export interface ReferenceRow {
  id: string;
  match_key: string;
  created: boolean;
}

/**
 * Creates the accounts or products of these names that are not stored (matched by match key, the first
 * spelling of a key winning) and gives the id of every one, created or found.
 */
export function createReferences(
  runner: Runner,
  kind: 'ACCOUNT' | 'PRODUCT',
  names: readonly { name: string; key: string }[],
): Promise<ReferenceRow[]> {
  const table = kind === 'ACCOUNT' ? sql`account` : sql`product`;
  return runSql<ReferenceRow>(
    runner,
    sql`WITH incoming AS (
          SELECT DISTINCT ON (i.key) i.name, i.key
            FROM unnest(${names.map((n) => n.name)}::text[], ${names.map((n) => n.key)}::text[]) WITH ORDINALITY AS i(name, key, n)
           ORDER BY i.key, i.n
        ),
        created AS (
          INSERT INTO ${table} (id, name, match_key) SELECT gen_random_uuid(), name, key FROM incoming
          ON CONFLICT (match_key) DO NOTHING RETURNING id, match_key
        )
        SELECT id, match_key, true AS created FROM created
        UNION ALL
        SELECT t.id, t.match_key, false FROM ${table} t JOIN incoming i ON i.key = t.match_key`,
  );
}
