import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class AddPayPeriods1795763377700 implements MigrationInterface {
  name = 'AddPayPeriods1795763377700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."pay_period_status" AS ENUM(\'OPEN\', \'CLOSED\')');
    await queryRunner.query(
      'CREATE TABLE "pay_period" ("period_key" character varying(10) NOT NULL, "period_type" character varying(7) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "status" "public"."pay_period_status" NOT NULL DEFAULT \'OPEN\', "closed_at" TIMESTAMP(3) WITH TIME ZONE, "closed_by" uuid, CONSTRAINT "PK_dc2c38c17a4820b3be1c6d20144" PRIMARY KEY ("period_key"))',
    );
    // Closing is final: a closed pay period can be neither reopened nor removed, whatever the client.
    await queryRunner.query(`
      CREATE FUNCTION pay_period_closed_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'CLOSED' THEN
          RAISE EXCEPTION 'The pay period % is closed; closing is final (corrections go into a later period)', OLD.period_key
            USING ERRCODE = 'SOL01';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER trg_pay_period_final BEFORE UPDATE OR DELETE ON pay_period FOR EACH ROW EXECUTE FUNCTION pay_period_closed_is_final()',
    );
    // A goal wholly inside a closed pay period is locked: no insert, update or delete reaches it, from
    // the API or from anywhere else. Each statement of a VOLATILE function reads a fresh snapshot, so a
    // close committed while this statement waited is seen.
    await queryRunner.query(`
      CREATE FUNCTION closed_pay_period_covering(first_day date, end_day date) RETURNS varchar LANGUAGE sql VOLATILE AS $$
        SELECT period_key FROM pay_period WHERE status = 'CLOSED' AND starts_on <= first_day AND end_day <= ends_on LIMIT 1
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION goal_outside_closed_pay_period() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        goal_period varchar;
        closed varchar;
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          goal_period := OLD.period_key;
          closed := closed_pay_period_covering(OLD.period_start, OLD.period_end);
        END IF;
        IF closed IS NULL AND TG_OP <> 'DELETE' THEN
          goal_period := NEW.period_key;
          closed := closed_pay_period_covering(NEW.period_start, NEW.period_end);
        END IF;
        IF closed IS NOT NULL THEN
          RAISE EXCEPTION 'Goals for % are locked: the pay period % is closed', goal_period, closed USING ERRCODE = 'SOL01';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER trg_goal_pay_period_lock BEFORE INSERT OR UPDATE OR DELETE ON goal FOR EACH ROW EXECUTE FUNCTION goal_outside_closed_pay_period()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER trg_goal_pay_period_lock ON goal');
    await queryRunner.query('DROP FUNCTION goal_outside_closed_pay_period()');
    await queryRunner.query('DROP FUNCTION closed_pay_period_covering(date, date)');
    await queryRunner.query('DROP TRIGGER trg_pay_period_final ON pay_period');
    await queryRunner.query('DROP FUNCTION pay_period_closed_is_final()');
    await queryRunner.query('DROP TABLE "pay_period"');
    await queryRunner.query('DROP TYPE "public"."pay_period_status"');
  }
}
