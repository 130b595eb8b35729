import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Tables a payout statement reads beyond those AddDataVersion watches: the plans and their versions, who is
 * assigned to which, adjustments and clawbacks, open disputes, the pay period's status and the frozen
 * statements with their lines.
 */
const WATCHED = [
  'comp_plan',
  'comp_plan_version',
  'plan_assignment',
  'payout_adjustment',
  'payout_dispute',
  'pay_period',
  'payout_statement',
  'payout_line',
];

/**
 * One rep's statement is kept in the computed cache until the data under it changes (docs/decisions/0008),
 * so writes to the compensation tables move data_version forward too, in the writing transaction.
 */
export class CompDataVersion1796500200000 implements MigrationInterface {
  name = 'CompDataVersion1796500200000';

  async up(queryRunner: QueryRunner): Promise<void> {
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
  }
}
