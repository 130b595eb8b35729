import { type MigrationInterface, type QueryRunner } from 'typeorm';

const TEAM_PATHS = `WITH RECURSIVE team_paths(id, path) AS (
    SELECT id, ARRAY[id] FROM team WHERE parent_id IS NULL
    UNION ALL
    SELECT t.id, p.path || t.id FROM team t JOIN team_paths p ON t.parent_id = p.id
  )`;

export class SurveyAnonymityGroups1796497606565 implements MigrationInterface {
  name = 'SurveyAnonymityGroups1796497606565';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "survey_member" ("survey_id" uuid NOT NULL, "rep_id" uuid NOT NULL, "team_path" uuid array NOT NULL, CONSTRAINT "PK_bf68eebcd9155ea6c952a59c9d6" PRIMARY KEY ("survey_id", "rep_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "survey_release" ("survey_id" uuid NOT NULL, "generation" integer NOT NULL, "responses" integer NOT NULL, CONSTRAINT "PK_a8599e8c6d7f36b411d7130b01d" PRIMARY KEY ("survey_id", "generation"))',
    );
    await queryRunner.query(
      'CREATE TABLE "survey_release_answer" ("id" uuid NOT NULL, "survey_id" uuid NOT NULL, "generation" integer NOT NULL, "question_id" uuid NOT NULL, "score" smallint, "choices" text array, "text" text, CONSTRAINT "PK_77c203510760e4eb930d3ab717e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_survey_release_answer" ON "survey_release_answer"  ("survey_id", "generation", "question_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_response" ADD "team_path" uuid array NOT NULL DEFAULT \'{}\'',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_member" ADD CONSTRAINT "FK_3e4ac23072d297c586c0183c390" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_member" ADD CONSTRAINT "FK_c5fedbc3019b6f5f9beeae6509f" FOREIGN KEY ("rep_id") REFERENCES "rep"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_release" ADD CONSTRAINT "FK_8ac38e94e040c336a7c2806bd16" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_release_answer" ADD CONSTRAINT "FK_7f57c2fa5cdef0dd93bec2d9c8c" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_release_answer" ADD CONSTRAINT "FK_8b106d9288d9628996cc6e659b3" FOREIGN KEY ("question_id") REFERENCES "survey_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Surveys published before: teams as they are now stand in for the teams at publication, and each
    // response keeps the team it was stored with. Open anonymous surveys have no release yet: theirs
    // show from the next release but one, or at close.
    await queryRunner.query(`${TEAM_PATHS}
      INSERT INTO survey_member (survey_id, rep_id, team_path)
      SELECT s.id, r.id, p.path FROM survey s CROSS JOIN rep r JOIN team_paths p ON p.id = r.team_id WHERE s.published_at IS NOT NULL`);
    await queryRunner.query(`${TEAM_PATHS}
      UPDATE survey_response r SET team_path = p.path FROM team_paths p WHERE p.id = r.team_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "survey_release_answer" DROP CONSTRAINT "FK_8b106d9288d9628996cc6e659b3"',
    );
    await queryRunner.query(
      'ALTER TABLE "survey_release_answer" DROP CONSTRAINT "FK_7f57c2fa5cdef0dd93bec2d9c8c"',
    );
    await queryRunner.query('ALTER TABLE "survey_release" DROP CONSTRAINT "FK_8ac38e94e040c336a7c2806bd16"');
    await queryRunner.query('ALTER TABLE "survey_member" DROP CONSTRAINT "FK_c5fedbc3019b6f5f9beeae6509f"');
    await queryRunner.query('ALTER TABLE "survey_member" DROP CONSTRAINT "FK_3e4ac23072d297c586c0183c390"');
    await queryRunner.query('ALTER TABLE "survey_response" DROP COLUMN "team_path"');
    await queryRunner.query('DROP INDEX "public"."ix_survey_release_answer"');
    await queryRunner.query('DROP TABLE "survey_release_answer"');
    await queryRunner.query('DROP TABLE "survey_release"');
    await queryRunner.query('DROP TABLE "survey_member"');
  }
}
