import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddGoals1795739299602 implements MigrationInterface {
  name = 'AddGoals1795739299602';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"goal_metric\" AS ENUM('WON_REVENUE', 'DEALS_WON', 'NEW_PIPELINE')",
    );
    await queryRunner.query(
      'CREATE TABLE "goal" ("id" uuid NOT NULL, "rep_id" uuid, "team_id" uuid, "period_key" character varying(10) NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "metric" "public"."goal_metric" NOT NULL, "target" bigint NOT NULL, "currency" character(3) NOT NULL DEFAULT \'USD\', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "ck_goal_target" CHECK ("target" >= 0), CONSTRAINT "ck_goal_subject" CHECK (("rep_id" IS NULL) <> ("team_id" IS NULL)), CONSTRAINT "PK_88c8e2b461b711336c836b1e130" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_goal_period" ON "goal"  ("period_key") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_goal_team" ON "goal"  ("team_id", "period_key", "metric") WHERE "team_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_goal_rep" ON "goal"  ("rep_id", "period_key", "metric") WHERE "rep_id" IS NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "goal" ADD CONSTRAINT "FK_d0fa145164a99d6a28924cdbc70" FOREIGN KEY ("rep_id") REFERENCES "rep"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "goal" ADD CONSTRAINT "FK_0d37d74810460cbcf2b71bf1f05" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "goal" DROP CONSTRAINT "FK_0d37d74810460cbcf2b71bf1f05"');
    await queryRunner.query('ALTER TABLE "goal" DROP CONSTRAINT "FK_d0fa145164a99d6a28924cdbc70"');
    await queryRunner.query('DROP INDEX "public"."uq_goal_rep"');
    await queryRunner.query('DROP INDEX "public"."uq_goal_team"');
    await queryRunner.query('DROP INDEX "public"."ix_goal_period"');
    await queryRunner.query('DROP TABLE "goal"');
    await queryRunner.query('DROP TYPE "public"."goal_metric"');
  }
}
