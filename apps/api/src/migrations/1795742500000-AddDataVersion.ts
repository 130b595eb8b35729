import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Tables whose rows change a leaderboard, a team's standing or a goal's attainment. */
const WATCHED = ['deal', 'goal', 'rep', 'team', 'rep_team_membership', 'sales_stage', 'product'];

/**
 * One counter that every write to the performance data moves forward, in the writing transaction, so
 * computed leaderboards can be kept until the data under them changes (docs/decisions/0008). A
 * statement-level trigger bumps it once per statement, whatever the number of rows.
 */
export class AddDataVersion1795742500000 implements MigrationInterface {
  name = 'AddDataVersion1795742500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "data_version" (
      "id" smallint PRIMARY KEY DEFAULT 1 CHECK ("id" = 1),
      "version" bigint NOT NULL DEFAULT 0)`);
    await queryRunner.query('INSERT INTO "data_version" DEFAULT VALUES');
    await queryRunner.query(`CREATE FUNCTION "data_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE data_version SET version = version + 1 WHERE id = 1;
        RETURN NULL;
      END $$`);
    for (const table of WATCHED) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
           FOR EACH STATEMENT EXECUTE FUNCTION data_version_bump()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of WATCHED)
      await queryRunner.query(`DROP TRIGGER "${table}_data_version" ON "${table}"`);
    await queryRunner.query('DROP FUNCTION "data_version_bump"()');
    await queryRunner.query('DROP TABLE "data_version"');
  }
}
