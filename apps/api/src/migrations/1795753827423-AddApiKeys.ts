import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Integrators' API keys: hashed, scoped, revocable. */
export class AddApiKeys1795753827423 implements MigrationInterface {
  name = 'AddApiKeys1795753827423';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "api_key" ("id" uuid NOT NULL, "name" character varying(100) NOT NULL, "prefix" character varying(16) NOT NULL, "key_hash" character(64) NOT NULL, "scopes" text array NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP(3) WITH TIME ZONE, "last_used_at" TIMESTAMP(3) WITH TIME ZONE, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_api_key_prefix" ON "api_key"  ("prefix") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_api_key_hash" ON "api_key"  ("key_hash") ');
    await queryRunner.query(
      'ALTER TABLE "api_key" ADD CONSTRAINT "FK_799ab142170befb4f010216e2e7" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "api_key" DROP CONSTRAINT "FK_799ab142170befb4f010216e2e7"');
    await queryRunner.query('DROP INDEX "public"."uq_api_key_hash"');
    await queryRunner.query('DROP INDEX "public"."uq_api_key_prefix"');
    await queryRunner.query('DROP TABLE "api_key"');
  }
}
