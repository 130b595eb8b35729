import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddPipeline1795737738268 implements MigrationInterface {
  name = 'AddPipeline1795737738268';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "account" ("id" uuid NOT NULL, "name" character varying(200) NOT NULL, "match_key" character varying(200) NOT NULL, "sector" character varying(80), "year_established" smallint, "revenue_millions" numeric(14,2), "employees" integer, "office_location" character varying(120), "parent_account_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_account_match_key" ON "account"  ("match_key") ');
    await queryRunner.query(
      'CREATE TABLE "product" ("id" uuid NOT NULL, "name" character varying(120) NOT NULL, "match_key" character varying(120) NOT NULL, "series" character varying(60), "list_price_minor" bigint, "currency" character(3) NOT NULL DEFAULT \'USD\', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bebc9158e480b949565b4dc7a82" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_product_match_key" ON "product"  ("match_key") ');
    await queryRunner.query("CREATE TYPE \"public\".\"stage_kind\" AS ENUM('OPEN', 'WON', 'LOST')");
    await queryRunner.query(
      'CREATE TABLE "sales_stage" ("id" uuid NOT NULL, "name" character varying(60) NOT NULL, "position" integer NOT NULL, "kind" "public"."stage_kind" NOT NULL, "win_probability" smallint NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "ck_sales_stage_probability" CHECK ("win_probability" BETWEEN 0 AND 100), CONSTRAINT "PK_9ecd3e6fc535ca35dbf404283f9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "deal" ("id" uuid NOT NULL, "external_id" character varying(64) NOT NULL, "rep_id" uuid, "account_id" uuid, "product_id" uuid, "amount_minor" bigint, "currency" character(3) NOT NULL DEFAULT \'USD\', "stage_id" uuid NOT NULL, "engage_date" date, "expected_close_date" date, "close_date" date, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_9ce1c24acace60f6d7dc7a7189e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_deal_external_id" ON "deal"  ("external_id") ');
    await queryRunner.query('CREATE INDEX "ix_deal_account" ON "deal"  ("account_id") ');
    await queryRunner.query('CREATE INDEX "ix_deal_product" ON "deal"  ("product_id") ');
    await queryRunner.query('CREATE INDEX "ix_deal_close_date" ON "deal"  ("close_date") ');
    await queryRunner.query('CREATE INDEX "ix_deal_rep_stage" ON "deal"  ("rep_id", "stage_id") ');
    await queryRunner.query('CREATE TYPE "public"."change_source" AS ENUM(\'IMPORT\', \'API\')');
    await queryRunner.query(
      'CREATE TABLE "deal_stage_change" ("id" uuid NOT NULL, "deal_id" uuid NOT NULL, "from_stage_id" uuid, "to_stage_id" uuid NOT NULL, "changed_on" date NOT NULL, "recorded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "source" "public"."change_source" NOT NULL, "import_job_id" uuid, CONSTRAINT "PK_aa480b8de387f370eff580845c8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_stage_change_deal" ON "deal_stage_change"  ("deal_id", "changed_on") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"import_status\" AS ENUM('RUNNING', 'SUCCEEDED', 'FAILED')",
    );
    await queryRunner.query(
      'CREATE TABLE "import_job" ("id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "status" "public"."import_status" NOT NULL, "bytes_read" bigint NOT NULL DEFAULT \'0\', "bytes_total" bigint, "rows_read" integer NOT NULL DEFAULT \'0\', "inserted" integer NOT NULL DEFAULT \'0\', "updated" integer NOT NULL DEFAULT \'0\', "unchanged" integer NOT NULL DEFAULT \'0\', "rejected" integer NOT NULL DEFAULT \'0\', "error" text, "created_by" uuid, "started_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_65b4c7eccb8120972a7b8da7682" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "import_rejection" ("id" uuid NOT NULL, "job_id" uuid NOT NULL, "line" integer NOT NULL, "reason" character varying(500) NOT NULL, "raw" text NOT NULL, CONSTRAINT "PK_807e550804fb7bd733b1f4a642a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_rejection_job_line" ON "import_rejection"  ("job_id", "line") ',
    );
    await queryRunner.query(
      'ALTER TABLE "account" ADD CONSTRAINT "FK_612cc6467fd63cf3b44bee67343" FOREIGN KEY ("parent_account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "deal" ADD CONSTRAINT "FK_95f129e2db23c72a0638529c3b2" FOREIGN KEY ("rep_id") REFERENCES "rep"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "deal" ADD CONSTRAINT "FK_bdb04cb3e822311122ccbfaa56f" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "deal" ADD CONSTRAINT "FK_a76c368ef4373c0b58996a1ff6a" FOREIGN KEY ("product_id") REFERENCES "product"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "deal" ADD CONSTRAINT "FK_b15c8b643984dd7f673ba7e82cd" FOREIGN KEY ("stage_id") REFERENCES "sales_stage"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "deal_stage_change" ADD CONSTRAINT "FK_2c2307bfc99f24bf88f3d95954e" FOREIGN KEY ("deal_id") REFERENCES "deal"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "deal_stage_change" ADD CONSTRAINT "FK_ce6f7e001fc0e6e240272da4b80" FOREIGN KEY ("from_stage_id") REFERENCES "sales_stage"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "deal_stage_change" ADD CONSTRAINT "FK_d85390225473ae48e00c1097d83" FOREIGN KEY ("to_stage_id") REFERENCES "sales_stage"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "import_job" ADD CONSTRAINT "FK_f68b41d55d92185faa590685c58" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "import_rejection" ADD CONSTRAINT "FK_9581056818834711436ac21cf4c" FOREIGN KEY ("job_id") REFERENCES "import_job"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_sales_stage_name" ON "sales_stage" (lower("name"))');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."uq_sales_stage_name"');
    await queryRunner.query(
      'ALTER TABLE "import_rejection" DROP CONSTRAINT "FK_9581056818834711436ac21cf4c"',
    );
    await queryRunner.query('ALTER TABLE "import_job" DROP CONSTRAINT "FK_f68b41d55d92185faa590685c58"');
    await queryRunner.query(
      'ALTER TABLE "deal_stage_change" DROP CONSTRAINT "FK_d85390225473ae48e00c1097d83"',
    );
    await queryRunner.query(
      'ALTER TABLE "deal_stage_change" DROP CONSTRAINT "FK_ce6f7e001fc0e6e240272da4b80"',
    );
    await queryRunner.query(
      'ALTER TABLE "deal_stage_change" DROP CONSTRAINT "FK_2c2307bfc99f24bf88f3d95954e"',
    );
    await queryRunner.query('ALTER TABLE "deal" DROP CONSTRAINT "FK_b15c8b643984dd7f673ba7e82cd"');
    await queryRunner.query('ALTER TABLE "deal" DROP CONSTRAINT "FK_a76c368ef4373c0b58996a1ff6a"');
    await queryRunner.query('ALTER TABLE "deal" DROP CONSTRAINT "FK_bdb04cb3e822311122ccbfaa56f"');
    await queryRunner.query('ALTER TABLE "deal" DROP CONSTRAINT "FK_95f129e2db23c72a0638529c3b2"');
    await queryRunner.query('ALTER TABLE "account" DROP CONSTRAINT "FK_612cc6467fd63cf3b44bee67343"');
    await queryRunner.query('DROP INDEX "public"."ix_rejection_job_line"');
    await queryRunner.query('DROP TABLE "import_rejection"');
    await queryRunner.query('DROP TABLE "import_job"');
    await queryRunner.query('DROP TYPE "public"."import_status"');
    await queryRunner.query('DROP INDEX "public"."ix_stage_change_deal"');
    await queryRunner.query('DROP TABLE "deal_stage_change"');
    await queryRunner.query('DROP TYPE "public"."change_source"');
    await queryRunner.query('DROP INDEX "public"."ix_deal_rep_stage"');
    await queryRunner.query('DROP INDEX "public"."ix_deal_close_date"');
    await queryRunner.query('DROP INDEX "public"."ix_deal_product"');
    await queryRunner.query('DROP INDEX "public"."ix_deal_account"');
    await queryRunner.query('DROP INDEX "public"."uq_deal_external_id"');
    await queryRunner.query('DROP TABLE "deal"');
    await queryRunner.query('DROP TABLE "sales_stage"');
    await queryRunner.query('DROP TYPE "public"."stage_kind"');
    await queryRunner.query('DROP INDEX "public"."uq_product_match_key"');
    await queryRunner.query('DROP TABLE "product"');
    await queryRunner.query('DROP INDEX "public"."uq_account_match_key"');
    await queryRunner.query('DROP TABLE "account"');
  }
}
