import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddIdempotencyKeys1795762936274 implements MigrationInterface {
  name = 'AddIdempotencyKeys1795762936274';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "idempotency_key" ("owner" character varying(60) NOT NULL, "key" character varying(255) NOT NULL, "fingerprint" character(64) NOT NULL, "field" character varying(100) NOT NULL, "request_id" uuid NOT NULL, "response" jsonb, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c6ecefc6418fb8eb99049508be4" PRIMARY KEY ("owner", "key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_idempotency_key_created" ON "idempotency_key"  ("created_at") ',
    );
    await queryRunner.query('ALTER TABLE "import_job" ADD "file_sha256" character(64)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "import_job" DROP COLUMN "file_sha256"');
    await queryRunner.query('DROP INDEX "public"."ix_idempotency_key_created"');
    await queryRunner.query('DROP TABLE "idempotency_key"');
  }
}
