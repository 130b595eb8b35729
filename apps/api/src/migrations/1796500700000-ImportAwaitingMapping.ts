import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A new import job keeps the mapping its file will be read with in its own row until the file arrives,
 * instead of in the memory of the API process that created it: behind a balancer the upload may reach
 * another process. Jobs waiting during the upgrade lose their waiting mapping, as a restart lost it before.
 */
export class ImportAwaitingMapping1796500700000 implements MigrationInterface {
  name = 'ImportAwaitingMapping1796500700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // json, not jsonb: jsonb reorders keys, and the mapping's column order is the order its errors name them.
    await queryRunner.query(`ALTER TABLE import_job ADD COLUMN awaiting_mapping json`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import_job DROP COLUMN awaiting_mapping`);
  }
}
