import { type MigrationInterface, type QueryRunner } from 'typeorm';

const CYCLE = (row: 'n' | 'o') => `${row}.close_date - ${row}.engage_date`;
const PLAIN_CYCLE = (row: 'n' | 'o') => `CASE WHEN cardinality(${row}.warnings) = 0 THEN ${CYCLE(row)} END`;

/**
 * Rewrites the rollup trigger's function by replacing text in its own definition, so the function is
 * written once (in AddPerformanceRollups) and this change reads as the one expression it changes; fails
 * when the text is not found.
 */
async function replaceInRollupFunction(
  queryRunner: QueryRunner,
  pairs: readonly (readonly [string, string])[],
): Promise<void> {
  const [{ def }] = await queryRunner.query(`SELECT pg_get_functiondef('deal_rollup_apply'::regproc) AS def`);
  let next: string = def;
  for (const [from, to] of pairs) {
    if (!next.includes(from)) throw new Error(`deal_rollup_apply does not contain "${from}"`);
    next = next.split(from).join(to);
  }
  await queryRunner.query(next);
}

/**
 * Implausible deals are stored and flagged instead of refused (libs/domain deal-warnings.ts):
 * - `deal.warnings`: CLOSE_BEFORE_ENGAGE, ZERO_AMOUNT, FAR_FUTURE_DATE, as the import or API found them.
 *   Deals stored before have none of the first (it was refused); the other two are found here as the
 *   import would today.
 * - A flagged deal is left out of cycle-time figures: the rollup trigger counts its cycle as unknown, like
 *   a deal without an engage date. The rollups of deals flagged here are corrected by the UPDATE's trigger.
 * - `import_job.flagged`: rows stored (a preview: would be) with at least one warning; `import_job.warnings`:
 *   per warning, how many rows and the lines of the first three.
 */
export class DealWarnings1796500500000 implements MigrationInterface {
  name = 'DealWarnings1796500500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "deal" ADD "warnings" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `ALTER TABLE "deal" ADD CONSTRAINT "ck_deal_warnings" CHECK ("warnings" <@ ARRAY['CLOSE_BEFORE_ENGAGE', 'ZERO_AMOUNT', 'FAR_FUTURE_DATE']::text[])`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_deal_flagged" ON "deal" ("id") WHERE cardinality("warnings") > 0`,
    );
    await queryRunner.query('ALTER TABLE "import_job" ADD "flagged" integer NOT NULL DEFAULT 0');
    await queryRunner.query(`ALTER TABLE "import_job" ADD "warnings" jsonb NOT NULL DEFAULT '{}'`);
    await replaceInRollupFunction(queryRunner, [
      [CYCLE('n'), PLAIN_CYCLE('n')],
      [CYCLE('o'), PLAIN_CYCLE('o')],
    ]);
    await queryRunner.query(`UPDATE "deal" d SET "warnings" = w.warnings
      FROM (SELECT d2.id, array_remove(ARRAY[
                     CASE WHEN s.kind = 'WON' AND d2.amount_minor = 0 THEN 'ZERO_AMOUNT' END,
                     CASE WHEN greatest(d2.engage_date, d2.expected_close_date, d2.close_date) > current_date + 730
                          THEN 'FAR_FUTURE_DATE' END], NULL) AS warnings
              FROM "deal" d2 JOIN "sales_stage" s ON s.id = d2.stage_id) w
     WHERE w.id = d.id AND cardinality(w.warnings) > 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Back to counting every cycle: clear the warnings first, so the trigger restores the flagged cycles.
    await queryRunner.query(`UPDATE "deal" SET "warnings" = '{}' WHERE cardinality("warnings") > 0`);
    await replaceInRollupFunction(queryRunner, [
      [PLAIN_CYCLE('n'), CYCLE('n')],
      [PLAIN_CYCLE('o'), CYCLE('o')],
    ]);
    await queryRunner.query('ALTER TABLE "import_job" DROP COLUMN "warnings"');
    await queryRunner.query('ALTER TABLE "import_job" DROP COLUMN "flagged"');
    await queryRunner.query('DROP INDEX "ix_deal_flagged"');
    await queryRunner.query('ALTER TABLE "deal" DROP CONSTRAINT "ck_deal_warnings"');
    await queryRunner.query('ALTER TABLE "deal" DROP COLUMN "warnings"');
  }
}
