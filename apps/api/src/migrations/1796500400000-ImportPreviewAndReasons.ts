import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Imports give every problem of a row and can be tried first:
 * - `import_rejection.reasons`: every reason a row was refused for (key, params, English), not the first
 *   only; `reason`, `reason_key` and `reason_params` keep the first for older clients. Rows refused before
 *   get their one reason as a list of one.
 * - `import_job.header`: the file's header row (CSV text), so refused rows can be given back as a file to
 *   fix and import again.
 * - `import_job.dry_run`: a preview that checked and counted the whole file and stored no deal.
 * - `import_job.preview`: the first rows as they would be stored, with names (a dry run's sample).
 * - `import_job.created`: the accounts and products the import created (a preview: would create) because
 *   its mapping said to create missing ones: how many of each and the first names.
 * - `import_job.mapping`: the column mapping it read the file with (null: the default CRM export), so the
 *   next file from the same CRM is read the same way.
 */
export class ImportPreviewAndReasons1796500400000 implements MigrationInterface {
  name = 'ImportPreviewAndReasons1796500400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_rejection" ADD "reasons" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`UPDATE "import_rejection" SET "reasons" = jsonb_build_array(jsonb_build_object(
        'key', "reason_key", 'params', coalesce("reason_params", '{}'::jsonb), 'text', "reason"))`);
    await queryRunner.query('ALTER TABLE "import_job" ADD "header" text');
    await queryRunner.query('ALTER TABLE "import_job" ADD "dry_run" boolean NOT NULL DEFAULT false');
    await queryRunner.query(`ALTER TABLE "import_job" ADD "preview" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "import_job" ADD "created" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query('ALTER TABLE "import_job" ADD "mapping" jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "import_job" DROP COLUMN "mapping"');
    await queryRunner.query('ALTER TABLE "import_job" DROP COLUMN "created"');
    await queryRunner.query('ALTER TABLE "import_job" DROP COLUMN "preview"');
    await queryRunner.query('ALTER TABLE "import_job" DROP COLUMN "dry_run"');
    await queryRunner.query('ALTER TABLE "import_job" DROP COLUMN "header"');
    await queryRunner.query('ALTER TABLE "import_rejection" DROP COLUMN "reasons"');
  }
}
