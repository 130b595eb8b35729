import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddForecasting1796477338445 implements MigrationInterface {
  name = 'AddForecasting1796477338445';

  // forecast_call and forecast_snapshot share the forecast_metric type: created once, dropped after both tables.
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."forecast_metric" AS ENUM(\'WON_REVENUE\', \'DEALS_WON\')');
    await queryRunner.query(
      'CREATE TYPE "public"."forecast_call_kind" AS ENUM(\'SUBMISSION\', \'ADJUSTMENT\')',
    );
    await queryRunner.query(
      'CREATE TABLE "forecast_call" ("id" uuid NOT NULL, "rep_id" uuid, "team_id" uuid, "period_key" character varying(10) NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "metric" "public"."forecast_metric" NOT NULL, "kind" "public"."forecast_call_kind" NOT NULL, "commit" bigint NOT NULL, "best_case" bigint NOT NULL, "currency" character(3) NOT NULL DEFAULT \'USD\', "note" character varying(500), "submitted_by" uuid, "submitted_by_name" character varying(200) NOT NULL, "submitted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_forecast_call_adjustment" CHECK ("kind" <> \'ADJUSTMENT\' OR ("rep_id" IS NOT NULL AND "note" IS NOT NULL)), CONSTRAINT "ck_forecast_call_amounts" CHECK ("commit" >= 0 AND "best_case" >= "commit"), CONSTRAINT "ck_forecast_call_subject" CHECK (("rep_id" IS NULL) <> ("team_id" IS NULL)), CONSTRAINT "PK_31e4170e965af1eb176e27e214d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_forecast_call_team" ON "forecast_call"  ("team_id", "period_key", "metric", "submitted_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_forecast_call_rep" ON "forecast_call"  ("rep_id", "period_key", "metric", "submitted_at") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"forecast_subject_kind\" AS ENUM('REP', 'TEAM', 'COMPANY')",
    );
    await queryRunner.query(
      'CREATE TABLE "forecast_snapshot" ("id" uuid NOT NULL, "batch_id" uuid NOT NULL, "subject_kind" "public"."forecast_subject_kind" NOT NULL, "rep_id" uuid, "team_id" uuid, "period_key" character varying(10) NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "metric" "public"."forecast_metric" NOT NULL, "as_of" date NOT NULL, "method" character varying(32) NOT NULL, "recommended" boolean NOT NULL DEFAULT false, "point" numeric(24,4) NOT NULL, "p10" numeric(24,4), "p50" numeric(24,4), "p90" numeric(24,4), "saved_by" uuid, "saved_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_forecast_snapshot_subject" CHECK (("subject_kind" = \'REP\') = ("rep_id" IS NOT NULL) AND ("subject_kind" = \'TEAM\') = ("team_id" IS NOT NULL)), CONSTRAINT "PK_589198783c55a600a4b4836790c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_forecast_snapshot_period" ON "forecast_snapshot"  ("subject_kind", "period_key") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_forecast_snapshot_team" ON "forecast_snapshot"  ("team_id", "period_key") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_forecast_snapshot_rep" ON "forecast_snapshot"  ("rep_id", "period_key") ',
    );
    await queryRunner.query(
      'ALTER TABLE "forecast_call" ADD CONSTRAINT "FK_307857cfc15a2dc8550251c2c24" FOREIGN KEY ("rep_id") REFERENCES "rep"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forecast_call" ADD CONSTRAINT "FK_371cba242b071e1b1589ee03a1b" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forecast_call" ADD CONSTRAINT "FK_70eb8b1a77ebb9e4969a3eb0f33" FOREIGN KEY ("submitted_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forecast_snapshot" ADD CONSTRAINT "FK_68945cf36693b7391aeb6285c3f" FOREIGN KEY ("rep_id") REFERENCES "rep"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forecast_snapshot" ADD CONSTRAINT "FK_c746ad831ab1186116b7e7c5de7" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "forecast_snapshot" ADD CONSTRAINT "FK_d1de9c0763313d4adde4bcc0b23" FOREIGN KEY ("saved_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "forecast_snapshot" DROP CONSTRAINT "FK_d1de9c0763313d4adde4bcc0b23"',
    );
    await queryRunner.query(
      'ALTER TABLE "forecast_snapshot" DROP CONSTRAINT "FK_c746ad831ab1186116b7e7c5de7"',
    );
    await queryRunner.query(
      'ALTER TABLE "forecast_snapshot" DROP CONSTRAINT "FK_68945cf36693b7391aeb6285c3f"',
    );
    await queryRunner.query('ALTER TABLE "forecast_call" DROP CONSTRAINT "FK_70eb8b1a77ebb9e4969a3eb0f33"');
    await queryRunner.query('ALTER TABLE "forecast_call" DROP CONSTRAINT "FK_371cba242b071e1b1589ee03a1b"');
    await queryRunner.query('ALTER TABLE "forecast_call" DROP CONSTRAINT "FK_307857cfc15a2dc8550251c2c24"');
    await queryRunner.query('DROP INDEX "public"."ix_forecast_snapshot_rep"');
    await queryRunner.query('DROP INDEX "public"."ix_forecast_snapshot_team"');
    await queryRunner.query('DROP INDEX "public"."ix_forecast_snapshot_period"');
    await queryRunner.query('DROP TABLE "forecast_snapshot"');
    await queryRunner.query('DROP TYPE "public"."forecast_subject_kind"');
    await queryRunner.query('DROP INDEX "public"."ix_forecast_call_rep"');
    await queryRunner.query('DROP INDEX "public"."ix_forecast_call_team"');
    await queryRunner.query('DROP TABLE "forecast_call"');
    await queryRunner.query('DROP TYPE "public"."forecast_call_kind"');
    await queryRunner.query('DROP TYPE "public"."forecast_metric"');
  }
}
