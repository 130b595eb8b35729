import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A dispute's line amount gets its currency (ISO 4217), as every other amount has: until now an
 * integrator read "9000.00" without knowing of what. Existing disputes take their statement's currency
 * (frozen statements), else the adjustment that answered them, else the plan the rep was assigned when
 * the period began (a dispute needs a statement, and a statement a plan).
 */
export class DisputeCurrency1796500100000 implements MigrationInterface {
  name = 'DisputeCurrency1796500100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "payout_dispute" ADD "currency" character(3)');
    await queryRunner.query(`UPDATE "payout_dispute" d SET "currency" = s."currency"
      FROM "payout_statement" s WHERE s."rep_id" = d."rep_id" AND s."period_key" = d."period_key"`);
    await queryRunner.query(`UPDATE "payout_dispute" d SET "currency" = a."currency"
      FROM "payout_adjustment" a WHERE a."id" = d."adjustment_id" AND d."currency" IS NULL`);
    await queryRunner.query(`UPDATE "payout_dispute" d SET "currency" = (
        SELECT v."rules"->>'currency' FROM "plan_assignment" pa JOIN "comp_plan_version" v ON v."id" = pa."plan_version_id"
         WHERE pa."rep_id" = d."rep_id" ORDER BY pa."valid_from" DESC LIMIT 1)
      WHERE d."currency" IS NULL`);
    await queryRunner.query('ALTER TABLE "payout_dispute" ALTER COLUMN "currency" SET NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "payout_dispute" DROP COLUMN "currency"');
  }
}
