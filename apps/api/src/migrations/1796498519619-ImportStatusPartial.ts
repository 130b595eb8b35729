import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class ImportStatusPartial1796498519619 implements MigrationInterface {
  name = 'ImportStatusPartial1796498519619';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TYPE "public"."import_status" ADD VALUE \'PARTIAL\'');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"import_status_old\" AS ENUM('RUNNING', 'SUCCEEDED', 'FAILED')",
    );
    await queryRunner.query(
      'ALTER TABLE "import_job" ALTER COLUMN "status" TYPE "public"."import_status_old" USING "status"::"text"::"public"."import_status_old"',
    );
    await queryRunner.query('DROP TYPE "public"."import_status"');
    await queryRunner.query('ALTER TYPE "public"."import_status_old" RENAME TO "import_status"');
  }
}
