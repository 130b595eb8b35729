import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddImportReasonKeys1795782174189 implements MigrationInterface {
  name = 'AddImportReasonKeys1795782174189';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "import_job" ADD "error_key" character varying(64)');
    await queryRunner.query('ALTER TABLE "import_job" ADD "error_params" jsonb');
    await queryRunner.query('ALTER TABLE "import_rejection" ADD "reason_key" character varying(64)');
    await queryRunner.query('ALTER TABLE "import_rejection" ADD "reason_params" jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "import_rejection" DROP COLUMN "reason_params"');
    await queryRunner.query('ALTER TABLE "import_rejection" DROP COLUMN "reason_key"');
    await queryRunner.query('ALTER TABLE "import_job" DROP COLUMN "error_params"');
    await queryRunner.query('ALTER TABLE "import_job" DROP COLUMN "error_key"');
  }
}
