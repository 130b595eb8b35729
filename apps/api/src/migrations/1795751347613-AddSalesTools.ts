import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The sales-tool inventory, seats and satisfaction surveys. */
export class AddSalesTools1795751347613 implements MigrationInterface {
  name = 'AddSalesTools1795751347613';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"tool_category\" AS ENUM('CRM', 'EMAIL', 'DIALER', 'SALES_ENGAGEMENT', 'FORECASTING', 'CONTENT', 'OTHER')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"tool_status\" AS ENUM('EVALUATING', 'ACTIVE', 'RETIRING', 'RETIRED')",
    );
    await queryRunner.query(
      'CREATE TABLE "sales_tool" ("id" uuid NOT NULL, "name" character varying(120) NOT NULL, "category" "public"."tool_category" NOT NULL, "vendor" character varying(120), "owner_id" uuid, "status" "public"."tool_status" NOT NULL DEFAULT \'ACTIVE\', "cost_per_seat_minor" bigint NOT NULL DEFAULT \'0\', "currency" character(3) NOT NULL DEFAULT \'USD\', "seats_bought" integer NOT NULL DEFAULT \'0\', "renewal_date" date, "notes" text NOT NULL DEFAULT \'\', "links" text array NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "ck_sales_tool_seats" CHECK ("seats_bought" >= 0), CONSTRAINT "ck_sales_tool_cost" CHECK ("cost_per_seat_minor" >= 0), CONSTRAINT "PK_f78346bd8b7491c58cf6a7c496a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "tool_seat" ("id" uuid NOT NULL, "tool_id" uuid NOT NULL, "rep_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date, CONSTRAINT "ck_tool_seat_range" CHECK ("ends_on" IS NULL OR "ends_on" > "starts_on"), CONSTRAINT "PK_0bc73f5ba44f4b4a80b3fd0ef18" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_tool_seat_rep" ON "tool_seat"  ("rep_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_tool_seat_active" ON "tool_seat"  ("tool_id", "rep_id") WHERE "ends_on" IS NULL',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"survey_audience\" AS ENUM('SEAT_HOLDERS', 'TEAMS', 'REPS', 'EVERYONE')",
    );
    await queryRunner.query(
      'CREATE TABLE "survey" ("id" uuid NOT NULL, "series_id" uuid NOT NULL, "wave" integer NOT NULL DEFAULT \'1\', "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT \'\', "anonymous" boolean NOT NULL DEFAULT false, "min_answers" integer NOT NULL DEFAULT \'5\', "audience" "public"."survey_audience" NOT NULL DEFAULT \'SEAT_HOLDERS\', "audience_team_ids" uuid array NOT NULL DEFAULT \'{}\', "audience_rep_ids" uuid array NOT NULL DEFAULT \'{}\', "opens_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "published_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "ck_survey_threshold" CHECK ("min_answers" >= 3), CONSTRAINT "ck_survey_window" CHECK ("closes_at" > "opens_at"), CONSTRAINT "PK_f0da32b9181e9c02ecf0be11ed3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_survey_series" ON "survey"  ("series_id") ');
    await queryRunner.query(
      'CREATE TABLE "survey_tool" ("survey_id" uuid NOT NULL, "tool_id" uuid NOT NULL, CONSTRAINT "PK_c80c526364458c9934e1ab39eab" PRIMARY KEY ("survey_id", "tool_id"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"question_kind\" AS ENUM('CSAT', 'NPS', 'SINGLE_CHOICE', 'MULTI_CHOICE', 'TEXT')",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"text_topic\" AS ENUM('LIKES', 'DISLIKES', 'OTHER')");
    await queryRunner.query(
      'CREATE TABLE "survey_question" ("id" uuid NOT NULL, "survey_id" uuid NOT NULL, "position" integer NOT NULL, "kind" "public"."question_kind" NOT NULL, "prompt" character varying(500) NOT NULL, "required" boolean NOT NULL DEFAULT true, "options" text array NOT NULL DEFAULT \'{}\', "tool_id" uuid, "text_topic" "public"."text_topic", CONSTRAINT "PK_ec6d65e83fd7217202178b79907" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_survey_question_position" ON "survey_question"  ("survey_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "survey_response" ("id" uuid NOT NULL, "survey_id" uuid NOT NULL, "respondent_key" character varying(64) NOT NULL, "rep_id" uuid, "team_id" uuid, "submitted_on" date NOT NULL, "submitted_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "ck_survey_response_named" CHECK ("rep_id" IS NULL OR "submitted_at" IS NOT NULL), CONSTRAINT "PK_d9326eb52bf8b23d56a39ce419a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_survey_response_respondent" ON "survey_response"  ("survey_id", "respondent_key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "survey_answer" ("id" uuid NOT NULL, "response_id" uuid NOT NULL, "question_id" uuid NOT NULL, "score" smallint, "choices" text array, "text" text, CONSTRAINT "PK_5a2a931b95ad2a866f8bc039db9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_survey_answer_question" ON "survey_answer"  ("question_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_survey_answer" ON "survey_answer"  ("response_id", "question_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "sales_tool" ADD CONSTRAINT "FK_a72f3ab5c9a9763a310ee9a3217" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tool_seat" ADD CONSTRAINT "FK_c17775da87c4c065da746870b38" FOREIGN KEY ("tool_id") REFERENCES "sales_tool"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tool_seat" ADD CONSTRAINT "FK_732914e0f66c989708d7811f1c2" FOREIGN KEY ("rep_id") REFERENCES "rep"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_tool" ADD CONSTRAINT "FK_46a110dcdfc691f3b3c7a510eff" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_tool" ADD CONSTRAINT "FK_96ae8bdcebc7e102bb37ec03b88" FOREIGN KEY ("tool_id") REFERENCES "sales_tool"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_question" ADD CONSTRAINT "FK_347ae83807bbdfc2e91c5c51ec8" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_question" ADD CONSTRAINT "FK_0630f1efce217a42cdc75cf1b9b" FOREIGN KEY ("tool_id") REFERENCES "sales_tool"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_response" ADD CONSTRAINT "FK_3282a960be3ebb4c396bc1e391a" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_response" ADD CONSTRAINT "FK_34f1e286784017573ef06b7d204" FOREIGN KEY ("rep_id") REFERENCES "rep"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_response" ADD CONSTRAINT "FK_cc89929ae3d75e480baea37a9d4" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_answer" ADD CONSTRAINT "FK_a7223b9109e9d9e0009e8bbc897" FOREIGN KEY ("response_id") REFERENCES "survey_response"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_answer" ADD CONSTRAINT "FK_169a371203a7379ef17ab7e9992" FOREIGN KEY ("question_id") REFERENCES "survey_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // By hand: tool names unique in any case, and the secret that keys anonymous respondents.
    await queryRunner.query('CREATE UNIQUE INDEX "uq_sales_tool_name" ON "sales_tool" (lower("name"))');
    await queryRunner.query(
      'CREATE TABLE "app_secret" ("name" varchar(100) PRIMARY KEY, "value" text NOT NULL, "created_at" timestamptz NOT NULL DEFAULT now())',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "app_secret"');
    await queryRunner.query('DROP INDEX "uq_sales_tool_name"');
    await queryRunner.query('ALTER TABLE "survey_answer" DROP CONSTRAINT "FK_169a371203a7379ef17ab7e9992"');
    await queryRunner.query('ALTER TABLE "survey_answer" DROP CONSTRAINT "FK_a7223b9109e9d9e0009e8bbc897"');
    await queryRunner.query('ALTER TABLE "survey_response" DROP CONSTRAINT "FK_cc89929ae3d75e480baea37a9d4"');
    await queryRunner.query('ALTER TABLE "survey_response" DROP CONSTRAINT "FK_34f1e286784017573ef06b7d204"');
    await queryRunner.query('ALTER TABLE "survey_response" DROP CONSTRAINT "FK_3282a960be3ebb4c396bc1e391a"');
    await queryRunner.query('ALTER TABLE "survey_question" DROP CONSTRAINT "FK_0630f1efce217a42cdc75cf1b9b"');
    await queryRunner.query('ALTER TABLE "survey_question" DROP CONSTRAINT "FK_347ae83807bbdfc2e91c5c51ec8"');
    await queryRunner.query('ALTER TABLE "survey_tool" DROP CONSTRAINT "FK_96ae8bdcebc7e102bb37ec03b88"');
    await queryRunner.query('ALTER TABLE "survey_tool" DROP CONSTRAINT "FK_46a110dcdfc691f3b3c7a510eff"');
    await queryRunner.query('ALTER TABLE "tool_seat" DROP CONSTRAINT "FK_732914e0f66c989708d7811f1c2"');
    await queryRunner.query('ALTER TABLE "tool_seat" DROP CONSTRAINT "FK_c17775da87c4c065da746870b38"');
    await queryRunner.query('ALTER TABLE "sales_tool" DROP CONSTRAINT "FK_a72f3ab5c9a9763a310ee9a3217"');
    await queryRunner.query('DROP INDEX "public"."uq_survey_answer"');
    await queryRunner.query('DROP INDEX "public"."ix_survey_answer_question"');
    await queryRunner.query('DROP TABLE "survey_answer"');
    await queryRunner.query('DROP INDEX "public"."uq_survey_response_respondent"');
    await queryRunner.query('DROP TABLE "survey_response"');
    await queryRunner.query('DROP INDEX "public"."uq_survey_question_position"');
    await queryRunner.query('DROP TABLE "survey_question"');
    await queryRunner.query('DROP TYPE "public"."text_topic"');
    await queryRunner.query('DROP TYPE "public"."question_kind"');
    await queryRunner.query('DROP TABLE "survey_tool"');
    await queryRunner.query('DROP INDEX "public"."ix_survey_series"');
    await queryRunner.query('DROP TABLE "survey"');
    await queryRunner.query('DROP TYPE "public"."survey_audience"');
    await queryRunner.query('DROP INDEX "public"."uq_tool_seat_active"');
    await queryRunner.query('DROP INDEX "public"."ix_tool_seat_rep"');
    await queryRunner.query('DROP TABLE "tool_seat"');
    await queryRunner.query('DROP TABLE "sales_tool"');
    await queryRunner.query('DROP TYPE "public"."tool_status"');
    await queryRunner.query('DROP TYPE "public"."tool_category"');
  }
}
