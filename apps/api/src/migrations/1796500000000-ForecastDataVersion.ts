import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Tables a forecast reads beyond those AddDataVersion watches: deal stage changes and frozen snapshots. */
const WATCHED = ['deal_stage_change', 'forecast_snapshot'];

/**
 * Forecasts are kept in the computed cache until the data under them changes (docs/decisions/0008): the
 * as-of pipeline reads each deal's stage changes, and the pipeline methods' record reads the frozen
 * period-start snapshots, so writes to those move data_version forward too.
 */
export class ForecastDataVersion1796500000000 implements MigrationInterface {
  name = 'ForecastDataVersion1796500000000';

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
