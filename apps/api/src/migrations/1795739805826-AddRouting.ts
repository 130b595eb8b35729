import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddRouting1795739805826 implements MigrationInterface {
  name = 'AddRouting1795739805826';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "routing_rule" ("rep_id" uuid NOT NULL, "weight" smallint NOT NULL DEFAULT \'1\', "capacity_per_month" integer, "credit" integer NOT NULL DEFAULT \'0\', "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "ck_routing_capacity" CHECK ("capacity_per_month" IS NULL OR "capacity_per_month" >= 0), CONSTRAINT "ck_routing_weight" CHECK ("weight" BETWEEN 0 AND 100), CONSTRAINT "PK_7a2ed82717c4857477376e4141c" PRIMARY KEY ("rep_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "rep_absence" ("id" uuid NOT NULL, "rep_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "reason" character varying(200), CONSTRAINT "ck_absence_range" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "PK_e6035e8bc3f3bf67c0c19b26fdd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_absence_rep" ON "rep_absence"  ("rep_id") ');
    await queryRunner.query(
      'CREATE TABLE "routing_decision" ("id" uuid NOT NULL, "deal_id" uuid NOT NULL, "rep_id" uuid, "decided_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "reason" text NOT NULL, CONSTRAINT "PK_b1fcc725db4d7b9bf6078e44f90" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_decision_deal" ON "routing_decision"  ("deal_id") ');
    await queryRunner.query('CREATE INDEX "ix_decision_rep" ON "routing_decision"  ("rep_id") ');
    await queryRunner.query('CREATE INDEX "ix_decision_time" ON "routing_decision"  ("decided_at") ');
    await queryRunner.query(
      'ALTER TABLE "routing_rule" ADD CONSTRAINT "FK_7a2ed82717c4857477376e4141c" FOREIGN KEY ("rep_id") REFERENCES "rep"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "rep_absence" ADD CONSTRAINT "FK_be615a454c35436e95d158a8a97" FOREIGN KEY ("rep_id") REFERENCES "rep"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "routing_decision" ADD CONSTRAINT "FK_7edde23494088f63bc35315316c" FOREIGN KEY ("deal_id") REFERENCES "deal"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "routing_decision" ADD CONSTRAINT "FK_42fe73224be8130beb76a201f61" FOREIGN KEY ("rep_id") REFERENCES "rep"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "routing_decision" DROP CONSTRAINT "FK_42fe73224be8130beb76a201f61"',
    );
    await queryRunner.query(
      'ALTER TABLE "routing_decision" DROP CONSTRAINT "FK_7edde23494088f63bc35315316c"',
    );
    await queryRunner.query('ALTER TABLE "rep_absence" DROP CONSTRAINT "FK_be615a454c35436e95d158a8a97"');
    await queryRunner.query('ALTER TABLE "routing_rule" DROP CONSTRAINT "FK_7a2ed82717c4857477376e4141c"');
    await queryRunner.query('DROP INDEX "public"."ix_decision_time"');
    await queryRunner.query('DROP INDEX "public"."ix_decision_rep"');
    await queryRunner.query('DROP INDEX "public"."ix_decision_deal"');
    await queryRunner.query('DROP TABLE "routing_decision"');
    await queryRunner.query('DROP INDEX "public"."ix_absence_rep"');
    await queryRunner.query('DROP TABLE "rep_absence"');
    await queryRunner.query('DROP TABLE "routing_rule"');
  }
}
