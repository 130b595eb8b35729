import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** A statement's changed deals as signed rollup deltas, read from one transition table. */
const DELTA = (row: 'n' | 'o', table: 'new_rows' | 'old_rows', sign: 1 | -1) => `
        SELECT ${row}.rep_id, s.kind::text AS kind, ${row}.stage_id, ${row}.close_date,
               CASE WHEN cardinality(${row}.warnings) = 0 THEN ${row}.close_date - ${row}.engage_date END AS cycle_days,
               coalesce(${row}.amount_minor, 0) AS amount_minor, coalesce(${row}.amount_minor, p.list_price_minor, 0) AS value_minor, ${sign} AS sign
          FROM ${table} ${row} JOIN sales_stage s ON s.id = ${row}.stage_id LEFT JOIN product p ON p.id = ${row}.product_id
         WHERE ${row}.rep_id IS NOT NULL`;

const ADD_CLOSED = `ON CONFLICT (rep_id, %KEY%) DO UPDATE SET
          won_minor = r.won_minor + EXCLUDED.won_minor, deals_won = r.deals_won + EXCLUDED.deals_won,
          deals_lost = r.deals_lost + EXCLUDED.deals_lost, won_cycle_days = r.won_cycle_days + EXCLUDED.won_cycle_days,
          won_with_engage = r.won_with_engage + EXCLUDED.won_with_engage`;

/**
 * One statement that adds the deltas to the three rollups: the deltas are computed once (a materialised
 * CTE, where the old function filled a temporary table), the months are summed from the days.
 */
const APPLY = (delta: string) => `WITH delta AS MATERIALIZED (${delta}),
      closed AS MATERIALIZED (
        SELECT rep_id, close_date,
               sum(sign * CASE WHEN kind = 'WON' THEN amount_minor ELSE 0 END) AS won_minor,
               sum(sign * CASE WHEN kind = 'WON' THEN 1 ELSE 0 END) AS deals_won,
               sum(sign * CASE WHEN kind = 'LOST' THEN 1 ELSE 0 END) AS deals_lost,
               sum(sign * CASE WHEN kind = 'WON' THEN coalesce(cycle_days, 0) ELSE 0 END) AS won_cycle_days,
               sum(sign * CASE WHEN kind = 'WON' AND cycle_days IS NOT NULL THEN 1 ELSE 0 END) AS won_with_engage
          FROM delta WHERE kind IN ('WON', 'LOST') AND close_date IS NOT NULL
         GROUP BY rep_id, close_date
      ),
      by_day AS (
        INSERT INTO rep_day_close AS r (rep_id, day, won_minor, deals_won, deals_lost, won_cycle_days, won_with_engage)
        SELECT rep_id, close_date, won_minor, deals_won, deals_lost, won_cycle_days, won_with_engage FROM closed
        ${ADD_CLOSED.replace('%KEY%', 'day')}
      ),
      by_month AS (
        INSERT INTO rep_month_close AS r (rep_id, month, won_minor, deals_won, deals_lost, won_cycle_days, won_with_engage)
        SELECT rep_id, date_trunc('month', close_date)::date,
               sum(won_minor), sum(deals_won), sum(deals_lost), sum(won_cycle_days), sum(won_with_engage)
          FROM closed
         GROUP BY rep_id, date_trunc('month', close_date)
        ${ADD_CLOSED.replace('%KEY%', 'month')}
      )
      INSERT INTO rep_stage_open AS r (rep_id, stage_id, deals, value_minor)
      SELECT rep_id, stage_id, sum(sign), sum(sign * value_minor)
        FROM delta WHERE kind = 'OPEN'
       GROUP BY rep_id, stage_id
      ON CONFLICT (rep_id, stage_id) DO UPDATE SET deals = r.deals + EXCLUDED.deals, value_minor = r.value_minor + EXCLUDED.value_minor`;

/**
 * The rollup trigger's function (decision 0007, flagged cycles from DealWarnings) without its temporary
 * table: the old one created `deal_rollup_delta` (ON COMMIT DROP, so once per transaction, with its
 * catalogue rows and a fresh plan for every statement that reads it), truncated it, filled it and read
 * it three times, for every statement that wrote deals. Now the deltas are one CTE of one statement per
 * operation, and the UPDATE trigger that an `INSERT ... ON CONFLICT DO UPDATE` fires even when it updated
 * nothing (every import batch of new deals) returns at once. The same rows are added to the same rollups,
 * so nothing is backfilled (decision 0033).
 */
export class RollupDeltaWithoutTempTable1796500900000 implements MigrationInterface {
  name = 'RollupDeltaWithoutTempTable1796500900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "deal_rollup_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${APPLY(DELTA('n', 'new_rows', 1))};
        ELSIF TG_OP = 'DELETE' THEN
          ${APPLY(DELTA('o', 'old_rows', -1))};
        ELSIF EXISTS (SELECT FROM new_rows) THEN
          ${APPLY(`${DELTA('n', 'new_rows', 1)}\n         UNION ALL${DELTA('o', 'old_rows', -1)}`)};
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The function as AddPerformanceRollups wrote it and DealWarnings changed it (flagged cycles unknown).
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "deal_rollup_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        CREATE TEMP TABLE IF NOT EXISTS deal_rollup_delta (
          rep_id uuid, kind text, stage_id uuid, close_date date, cycle_days integer, amount_minor bigint, value_minor bigint, sign integer
        ) ON COMMIT DROP;
        TRUNCATE deal_rollup_delta;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO deal_rollup_delta
          SELECT n.rep_id, s.kind::text, n.stage_id, n.close_date, CASE WHEN cardinality(n.warnings) = 0 THEN n.close_date - n.engage_date END, coalesce(n.amount_minor, 0),
                 coalesce(n.amount_minor, p.list_price_minor, 0), 1
            FROM new_rows n JOIN sales_stage s ON s.id = n.stage_id LEFT JOIN product p ON p.id = n.product_id
           WHERE n.rep_id IS NOT NULL;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          INSERT INTO deal_rollup_delta
          SELECT o.rep_id, s.kind::text, o.stage_id, o.close_date, CASE WHEN cardinality(o.warnings) = 0 THEN o.close_date - o.engage_date END, coalesce(o.amount_minor, 0),
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
  }
}
