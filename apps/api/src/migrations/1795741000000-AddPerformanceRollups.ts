import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Rollups that keep the leaderboard fast at a million deals: closed deals per rep and day and per rep and
 * month, open pipeline per rep and stage. Statement-level triggers with transition tables apply each
 * statement's changes once, in the same transaction as the write, so the rollups never lag. They are
 * plain SQL objects (no entities): TypeORM leaves tables it does not know alone.
 */
export class AddPerformanceRollups1795741000000 implements MigrationInterface {
  name = 'AddPerformanceRollups1795741000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, key] of [
      ['rep_day_close', 'day'],
      ['rep_month_close', 'month'],
    ]) {
      await queryRunner.query(`CREATE TABLE "${table}" (
        "rep_id" uuid NOT NULL REFERENCES "rep"("id") ON DELETE CASCADE,
        "${key}" date NOT NULL,
        "won_minor" bigint NOT NULL DEFAULT 0,
        "deals_won" integer NOT NULL DEFAULT 0,
        "deals_lost" integer NOT NULL DEFAULT 0,
        "won_cycle_days" bigint NOT NULL DEFAULT 0,
        "won_with_engage" integer NOT NULL DEFAULT 0,
        PRIMARY KEY ("rep_id", "${key}"))`);
      await queryRunner.query(`CREATE INDEX "ix_${table}_${key}" ON "${table}" ("${key}")`);
    }
    await queryRunner.query(`CREATE TABLE "rep_stage_open" (
      "rep_id" uuid NOT NULL REFERENCES "rep"("id") ON DELETE CASCADE,
      "stage_id" uuid NOT NULL REFERENCES "sales_stage"("id") ON DELETE CASCADE,
      "deals" integer NOT NULL DEFAULT 0,
      "value_minor" bigint NOT NULL DEFAULT 0,
      PRIMARY KEY ("rep_id", "stage_id"))`);
    await queryRunner.query(`CREATE FUNCTION "deal_rollup_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        CREATE TEMP TABLE IF NOT EXISTS deal_rollup_delta (
          rep_id uuid, kind text, stage_id uuid, close_date date, cycle_days integer, amount_minor bigint, value_minor bigint, sign integer
        ) ON COMMIT DROP;
        TRUNCATE deal_rollup_delta;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO deal_rollup_delta
          SELECT n.rep_id, s.kind::text, n.stage_id, n.close_date, n.close_date - n.engage_date, coalesce(n.amount_minor, 0),
                 coalesce(n.amount_minor, p.list_price_minor, 0), 1
            FROM new_rows n JOIN sales_stage s ON s.id = n.stage_id LEFT JOIN product p ON p.id = n.product_id
           WHERE n.rep_id IS NOT NULL;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          INSERT INTO deal_rollup_delta
          SELECT o.rep_id, s.kind::text, o.stage_id, o.close_date, o.close_date - o.engage_date, coalesce(o.amount_minor, 0),
                 coalesce(o.amount_minor, p.list_price_minor, 0), -1
            FROM old_rows o JOIN sales_stage s ON s.id = o.stage_id LEFT JOIN product p ON p.id = o.product_id
           WHERE o.rep_id IS NOT NULL;
        END IF;
        INSERT INTO rep_day_close AS r (rep_id, day, won_minor, deals_won, deals_lost, won_cycle_days, won_with_engage)
        SELECT rep_id, close_date,
               sum(sign * CASE WHEN kind = 'WON' THEN amount_minor ELSE 0 END),
               sum(sign * CASE WHEN kind = 'WON' THEN 1 ELSE 0 END),
               sum(sign * CASE WHEN kind = 'LOST' THEN 1 ELSE 0 END),
               sum(sign * CASE WHEN kind = 'WON' THEN coalesce(cycle_days, 0) ELSE 0 END),
               sum(sign * CASE WHEN kind = 'WON' AND cycle_days IS NOT NULL THEN 1 ELSE 0 END)
          FROM deal_rollup_delta WHERE kind IN ('WON', 'LOST') AND close_date IS NOT NULL
         GROUP BY rep_id, close_date
        ON CONFLICT (rep_id, day) DO UPDATE SET
          won_minor = r.won_minor + EXCLUDED.won_minor, deals_won = r.deals_won + EXCLUDED.deals_won,
          deals_lost = r.deals_lost + EXCLUDED.deals_lost, won_cycle_days = r.won_cycle_days + EXCLUDED.won_cycle_days,
          won_with_engage = r.won_with_engage + EXCLUDED.won_with_engage;
        INSERT INTO rep_month_close AS r (rep_id, month, won_minor, deals_won, deals_lost, won_cycle_days, won_with_engage)
        SELECT rep_id, date_trunc('month', close_date)::date,
               sum(sign * CASE WHEN kind = 'WON' THEN amount_minor ELSE 0 END),
               sum(sign * CASE WHEN kind = 'WON' THEN 1 ELSE 0 END),
               sum(sign * CASE WHEN kind = 'LOST' THEN 1 ELSE 0 END),
               sum(sign * CASE WHEN kind = 'WON' THEN coalesce(cycle_days, 0) ELSE 0 END),
               sum(sign * CASE WHEN kind = 'WON' AND cycle_days IS NOT NULL THEN 1 ELSE 0 END)
          FROM deal_rollup_delta WHERE kind IN ('WON', 'LOST') AND close_date IS NOT NULL
         GROUP BY rep_id, date_trunc('month', close_date)
        ON CONFLICT (rep_id, month) DO UPDATE SET
          won_minor = r.won_minor + EXCLUDED.won_minor, deals_won = r.deals_won + EXCLUDED.deals_won,
          deals_lost = r.deals_lost + EXCLUDED.deals_lost, won_cycle_days = r.won_cycle_days + EXCLUDED.won_cycle_days,
          won_with_engage = r.won_with_engage + EXCLUDED.won_with_engage;
        INSERT INTO rep_stage_open AS r (rep_id, stage_id, deals, value_minor)
        SELECT rep_id, stage_id, sum(sign), sum(sign * value_minor)
          FROM deal_rollup_delta WHERE kind = 'OPEN'
         GROUP BY rep_id, stage_id
        ON CONFLICT (rep_id, stage_id) DO UPDATE SET deals = r.deals + EXCLUDED.deals, value_minor = r.value_minor + EXCLUDED.value_minor;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "deal_rollup_insert" AFTER INSERT ON "deal" REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION "deal_rollup_apply"()`);
    await queryRunner.query(`CREATE TRIGGER "deal_rollup_update" AFTER UPDATE ON "deal" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION "deal_rollup_apply"()`);
    await queryRunner.query(`CREATE TRIGGER "deal_rollup_delete" AFTER DELETE ON "deal" REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION "deal_rollup_apply"()`);
    // Backfill the deals already stored (an UPDATE would cancel out: old and new rows are the same).
    for (const [table, key, expression] of [
      ['rep_day_close', 'day', 'd.close_date'],
      ['rep_month_close', 'month', "date_trunc('month', d.close_date)::date"],
    ]) {
      await queryRunner.query(`INSERT INTO "${table}" (rep_id, "${key}", won_minor, deals_won, deals_lost, won_cycle_days, won_with_engage)
        SELECT d.rep_id, ${expression},
               sum(CASE WHEN s.kind = 'WON' THEN coalesce(d.amount_minor, 0) ELSE 0 END),
               count(*) FILTER (WHERE s.kind = 'WON'), count(*) FILTER (WHERE s.kind = 'LOST'),
               coalesce(sum(d.close_date - d.engage_date) FILTER (WHERE s.kind = 'WON'), 0),
               count(d.engage_date) FILTER (WHERE s.kind = 'WON')
          FROM deal d JOIN sales_stage s ON s.id = d.stage_id
         WHERE d.rep_id IS NOT NULL AND s.kind IN ('WON', 'LOST') AND d.close_date IS NOT NULL
         GROUP BY d.rep_id, ${expression}`);
    }
    await queryRunner.query(`INSERT INTO "rep_stage_open" (rep_id, stage_id, deals, value_minor)
      SELECT d.rep_id, d.stage_id, count(*), sum(coalesce(d.amount_minor, p.list_price_minor, 0))
        FROM deal d JOIN sales_stage s ON s.id = d.stage_id LEFT JOIN product p ON p.id = d.product_id
       WHERE d.rep_id IS NOT NULL AND s.kind = 'OPEN'
       GROUP BY d.rep_id, d.stage_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "deal_rollup_delete" ON "deal"');
    await queryRunner.query('DROP TRIGGER "deal_rollup_update" ON "deal"');
    await queryRunner.query('DROP TRIGGER "deal_rollup_insert" ON "deal"');
    await queryRunner.query('DROP FUNCTION "deal_rollup_apply"()');
    await queryRunner.query('DROP TABLE "rep_stage_open"');
    await queryRunner.query('DROP TABLE "rep_month_close"');
    await queryRunner.query('DROP TABLE "rep_day_close"');
  }
}
