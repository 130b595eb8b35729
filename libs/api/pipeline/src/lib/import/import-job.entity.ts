import { UserEntity } from '@salesops/api/org';
import { type DealWarning } from '@salesops/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

export enum ImportStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  /** Read to the end; some rows stored, some refused. */
  PARTIAL = 'PARTIAL',
  FAILED = 'FAILED',
}

/** A row of a preview as it would be stored: names for ids, the amount in minor units, dates ISO. */
export interface ImportPreviewRow {
  line: number;
  externalId: string;
  rep: string | null;
  account: string | null;
  product: string | null;
  stage: string;
  amountMinor: string | null;
  currency: string;
  engageDate: string | null;
  expectedCloseDate: string | null;
  closeDate: string | null;
  warnings?: DealWarning[];
}

/** An import's warnings: per warning, how many rows it flagged and the lines of the first few. */
export type ImportWarnings = Partial<Record<DealWarning, { rows: number; lines: number[] }>>;

/** How many of a kind an import created, and the first names. */
export interface CreatedReferences {
  count: number;
  names: string[];
}

/** One CSV import: its progress while it runs and its outcome after. */
@Entity('import_job')
export class ImportJobEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'enum', enum: ImportStatus, enumName: 'import_status' })
  status!: ImportStatus;

  /** Bytes of the upload read so far and in all (when the client said), for the progress bar. */
  @Column({ name: 'bytes_read', type: 'bigint', default: 0 })
  bytesRead!: string;

  @Column({ name: 'bytes_total', type: 'bigint', nullable: true })
  bytesTotal!: string | null;

  @Column({ name: 'rows_read', type: 'integer', default: 0 })
  rowsRead!: number;

  @Column({ type: 'integer', default: 0 })
  inserted!: number;

  @Column({ type: 'integer', default: 0 })
  updated!: number;

  @Column({ type: 'integer', default: 0 })
  unchanged!: number;

  @Column({ type: 'integer', default: 0 })
  rejected!: number;

  /** Rows stored (a preview: that would be) with at least one warning (DealWarning). */
  @Column({ type: 'integer', default: 0 })
  flagged!: number;

  /** Per warning: the rows stored with it and the lines of the first three. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  warnings!: ImportWarnings;

  /** Why the whole import stopped (a broken file); rows already stored stay stored. */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** The reason's template key (import-reasons.ts), so a client can word `error` in its own language. */
  @Column({ name: 'error_key', type: 'varchar', length: 64, nullable: true })
  errorKey!: string | null;

  /** The values the reason's template names. */
  @Column({ name: 'error_params', type: 'jsonb', nullable: true })
  errorParams!: object | null;

  /** SHA-256 of the file received: the same file sent again gets this job back, another one is refused. */
  @Column({ name: 'file_sha256', type: 'char', length: 64, nullable: true })
  fileSha256!: string | null;

  /** The file's header row as CSV text, once read: refused rows go back out under it. */
  @Column({ type: 'text', nullable: true })
  header!: string | null;

  /** A preview: the whole file was checked and counted as an import would, and no deal was stored. */
  @Column({ name: 'dry_run', type: 'boolean', default: false })
  dryRun!: boolean;

  /** A preview's first rows as they would be stored, with names for ids. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  preview!: ImportPreviewRow[];

  /** The accounts and products it created (a preview: would create) as its mapping asked. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  created!: { accounts?: CreatedReferences; products?: CreatedReferences };

  /**
   * The mapping the file was read with, as DealImportMappingInput takes it (null: the default CRM export),
   * so the next file from the same CRM is read the same way.
   */
  @Column({ type: 'jsonb', nullable: true })
  mapping!: object | null;

  /**
   * The mapping as the importer reads it, while the job waits for its file; taken (and cleared) by the
   * upload, on whichever API process receives it (claimWaitingMapping).
   */
  @Column({ name: 'awaiting_mapping', type: 'json', nullable: true, select: false })
  awaitingMapping?: object | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity | null;

  @Column({ name: 'started_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  startedAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', precision: 3, nullable: true })
  finishedAt!: Date | null;
}
