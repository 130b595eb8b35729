import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class InitOrg1795736576589 implements MigrationInterface {
  name = 'InitOrg1795736576589';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"user_role\" AS ENUM('ADMIN', 'MANAGER', 'REP')");
    await queryRunner.query(
      'CREATE TABLE "app_user" ("id" uuid NOT NULL, "email" character varying(254) NOT NULL, "name" character varying(120) NOT NULL, "password_hash" text, "role" "public"."user_role" NOT NULL, "rep_id" uuid, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_app_user_rep" ON "app_user"  ("rep_id") ');
    await queryRunner.query(
      'CREATE TABLE "team" ("id" uuid NOT NULL, "name" character varying(120) NOT NULL, "parent_id" uuid, "manager_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_f57d8293406df4af348402e4b74" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_team_parent" ON "team"  ("parent_id") ');
    await queryRunner.query('CREATE INDEX "ix_team_manager" ON "team"  ("manager_id") ');
    await queryRunner.query(
      'CREATE TABLE "rep" ("id" uuid NOT NULL, "name" character varying(120) NOT NULL, "email" character varying(254) NOT NULL, "team_id" uuid NOT NULL, "hire_date" date, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_796099c0d46ba4b2746e420e106" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_rep_team" ON "rep"  ("team_id") ');
    await queryRunner.query(
      'CREATE TABLE "rep_team_membership" ("id" uuid NOT NULL, "rep_id" uuid NOT NULL, "team_id" uuid NOT NULL, "valid_from" date NOT NULL, "valid_to" date, CONSTRAINT "ck_membership_range" CHECK ("valid_to" IS NULL OR "valid_to" > "valid_from"), CONSTRAINT "PK_28102429317afa66337ab71188c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_membership_team" ON "rep_team_membership"  ("team_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_membership_rep" ON "rep_team_membership"  ("rep_id", "valid_from") ',
    );
    await queryRunner.query(
      'CREATE TABLE "user_session" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_adf3b49590842ac3cf54cac451a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_session_user" ON "user_session"  ("user_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_session_token" ON "user_session"  ("token_hash") ');
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "FK_10e66312804ef10a696758506b5" FOREIGN KEY ("rep_id") REFERENCES "rep"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "team" ADD CONSTRAINT "FK_62f429bfbac9ccd28d3a63a3308" FOREIGN KEY ("parent_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "team" ADD CONSTRAINT "FK_7c465539caf477c90771fed198b" FOREIGN KEY ("manager_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "rep" ADD CONSTRAINT "FK_9fb654698ad8f11eef5072b7fd8" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "rep_team_membership" ADD CONSTRAINT "FK_6d42c302ea4ea36eb4cc70bee76" FOREIGN KEY ("rep_id") REFERENCES "rep"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "rep_team_membership" ADD CONSTRAINT "FK_0526ae673d0a6f0e362005b1272" FOREIGN KEY ("team_id") REFERENCES "team"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "user_session" ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Case-insensitive uniqueness that the entities cannot express (declared there with synchronize: false).
    await queryRunner.query('CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user" (lower("email"))');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_rep_email" ON "rep" (lower("email"))');
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_team_sibling_name" ON "team" (coalesce("parent_id", '00000000-0000-0000-0000-000000000000'::uuid), lower("name"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."uq_team_sibling_name"');
    await queryRunner.query('DROP INDEX "public"."uq_rep_email"');
    await queryRunner.query('DROP INDEX "public"."uq_app_user_email"');
    await queryRunner.query('ALTER TABLE "user_session" DROP CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"');
    await queryRunner.query(
      'ALTER TABLE "rep_team_membership" DROP CONSTRAINT "FK_0526ae673d0a6f0e362005b1272"',
    );
    await queryRunner.query(
      'ALTER TABLE "rep_team_membership" DROP CONSTRAINT "FK_6d42c302ea4ea36eb4cc70bee76"',
    );
    await queryRunner.query('ALTER TABLE "rep" DROP CONSTRAINT "FK_9fb654698ad8f11eef5072b7fd8"');
    await queryRunner.query('ALTER TABLE "team" DROP CONSTRAINT "FK_7c465539caf477c90771fed198b"');
    await queryRunner.query('ALTER TABLE "team" DROP CONSTRAINT "FK_62f429bfbac9ccd28d3a63a3308"');
    await queryRunner.query('ALTER TABLE "app_user" DROP CONSTRAINT "FK_10e66312804ef10a696758506b5"');
    await queryRunner.query('DROP INDEX "public"."uq_session_token"');
    await queryRunner.query('DROP INDEX "public"."ix_session_user"');
    await queryRunner.query('DROP TABLE "user_session"');
    await queryRunner.query('DROP INDEX "public"."ix_membership_rep"');
    await queryRunner.query('DROP INDEX "public"."ix_membership_team"');
    await queryRunner.query('DROP TABLE "rep_team_membership"');
    await queryRunner.query('DROP INDEX "public"."ix_rep_team"');
    await queryRunner.query('DROP TABLE "rep"');
    await queryRunner.query('DROP INDEX "public"."ix_team_manager"');
    await queryRunner.query('DROP INDEX "public"."ix_team_parent"');
    await queryRunner.query('DROP TABLE "team"');
    await queryRunner.query('DROP INDEX "public"."uq_app_user_rep"');
    await queryRunner.query('DROP TABLE "app_user"');
    await queryRunner.query('DROP TYPE "public"."user_role"');
  }
}
