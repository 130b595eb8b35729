import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddPayoutReconciliation1796494989303 implements MigrationInterface {
  name = 'AddPayoutReconciliation1796494989303';

  // deal.updated_at is what reconciliation reads to find closed pay periods whose deals changed: keep it
  // true for every writer (the import sets it; a trigger covers plain SQL and any future path).
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION deal_touch() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.updated_at = OLD.updated_at AND ROW(NEW.*) IS DISTINCT FROM ROW(OLD.*) THEN
          NEW.updated_at := now();
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER deal_touch BEFORE UPDATE ON deal FOR EACH ROW EXECUTE FUNCTION deal_touch()',
    );
    await queryRunner.query(
      'ALTER TABLE "payout_adjustment" ADD "reconciles_period_key" character varying(10)',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_payout_adjustment_reconciles" ON "payout_adjustment"  ("reconciles_period_key", "rep_id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_payout_adjustment_reconciles"');
    await queryRunner.query('ALTER TABLE "payout_adjustment" DROP COLUMN "reconciles_period_key"');
    await queryRunner.query('DROP TRIGGER deal_touch ON deal');
    await queryRunner.query('DROP FUNCTION deal_touch()');
  }
}
