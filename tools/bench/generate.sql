-- Synthetic data at scale for the benchmark: :reps reps in teams of 100 under 10 regions, :deals deals
-- spread over 2016-10 .. 2017-12 with the demo data set's stage mix. Runs in a migrated, empty database.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO sales_stage (id, name, position, kind, win_probability) VALUES
  (gen_random_uuid(), 'Prospecting', 1, 'OPEN', 10), (gen_random_uuid(), 'Engaging', 2, 'OPEN', 40),
  (gen_random_uuid(), 'Won', 3, 'WON', 100), (gen_random_uuid(), 'Lost', 4, 'LOST', 0);
INSERT INTO product (id, name, match_key, series, list_price_minor)
  SELECT gen_random_uuid(), 'Product ' || i, 'product' || i, 'S', (500 + i * 700) * 100 FROM generate_series(1, 7) i;
INSERT INTO account (id, name, match_key) SELECT gen_random_uuid(), 'Account ' || i, 'account' || i FROM generate_series(1, 1000) i;
INSERT INTO team (id, name, parent_id) SELECT gen_random_uuid(), 'Region ' || i, NULL FROM generate_series(1, 10) i;
INSERT INTO team (id, name, parent_id)
  SELECT gen_random_uuid(), 'Team ' || i, (SELECT id FROM team WHERE name = 'Region ' || (1 + i % 10))
    FROM generate_series(1, greatest(1, :reps / 100)) i;
CREATE TEMP TABLE team_no AS SELECT id, row_number() OVER (ORDER BY name) AS n FROM team WHERE parent_id IS NOT NULL;
INSERT INTO rep (id, name, email, team_id)
  SELECT gen_random_uuid(), 'Rep ' || i, 'rep' || i || '@bench.test', t.id
    FROM generate_series(1, :reps) i JOIN team_no t ON t.n = 1 + (i % (SELECT count(*) FROM team_no));
INSERT INTO rep_team_membership (id, rep_id, team_id, valid_from) SELECT gen_random_uuid(), id, team_id, '2016-01-01' FROM rep;
CREATE TEMP TABLE rep_no AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM rep;
CREATE TEMP TABLE product_no AS SELECT id, list_price_minor, row_number() OVER (ORDER BY name) AS n FROM product;
CREATE TEMP TABLE account_no AS SELECT id, row_number() OVER (ORDER BY name) AS n FROM account;
CREATE TEMP TABLE stage_by_name AS SELECT name, id FROM sales_stage;
INSERT INTO deal (id, external_id, rep_id, account_id, product_id, amount_minor, stage_id, engage_date, close_date)
  SELECT gen_random_uuid(), 'B' || g.i, r.id, a.id, p.id,
         CASE WHEN g.stage = 'Won' THEN p.list_price_minor * (80 + g.i % 40) / 100 WHEN g.stage = 'Lost' THEN 0 END,
         s.id,
         CASE WHEN g.stage <> 'Prospecting' THEN g.engaged END,
         CASE WHEN g.stage IN ('Won', 'Lost') THEN least(g.engaged + 20 + g.i % 120, DATE '2017-12-31') END
    FROM (
      SELECT i,
             CASE WHEN i % 100 < 48 THEN 'Won' WHEN i % 100 < 76 THEN 'Lost' WHEN i % 100 < 94 THEN 'Engaging' ELSE 'Prospecting' END AS stage,
             DATE '2016-10-01' + (i::bigint * 7919 % 440)::int AS engaged
        FROM generate_series(1, :deals) i
    ) g
    JOIN rep_no r ON r.n = 1 + (g.i * 31 % :reps)
    JOIN product_no p ON p.n = 1 + g.i % 7
    JOIN account_no a ON a.n = 1 + g.i % 1000
    JOIN stage_by_name s ON s.name = g.stage;
INSERT INTO deal_stage_change (id, deal_id, to_stage_id, changed_on, source)
  SELECT gen_random_uuid(), id, stage_id, coalesce(close_date, engage_date, DATE '2017-12-31'), 'IMPORT' FROM deal;
COMMIT;
ANALYZE;
