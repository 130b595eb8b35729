import { sql, type SqlFragment } from '@salesops/api/core';
import { type SubjectFilter } from '@salesops/api/org';

// Whose deals a subject's figures count: written once in the org area, shared with the performance trend.
export { dealsOfSubject, subtreeOf, type SubjectFilter } from '@salesops/api/org';

export interface HistoryStartRow {
  /** YYYY-MM-DD of the earliest close of any deal before the as-of date; null when none closed yet. */
  first_close: string | null;
}

/**
 * Where every monthly history starts: the first close of any deal in the company before the as-of date,
 * so all subjects share one calendar and a rep's months before their first win are zeros, not gaps.
 */
export function historyStart(asOf: string): SqlFragment {
  return sql`SELECT min(d.close_date)::text AS first_close
      FROM deal d JOIN sales_stage s ON s.id = d.stage_id
     WHERE s.kind <> 'OPEN' AND d.close_date < ${asOf}::date`;
}

export interface MonthlyWonRow {
  /** The rep or team id; null for the company. */
  subject_id: string | null;
  /** YYYY-MM-01. */
  month: string;
  won_minor: string;
  deals_won: number;
}

/**
 * Won revenue and won deals per month in [from, to), by close date, for every rep (or team, or the whole
 * company) whose id passes `where`. Sparse: months without a win have no row. A team counts the deals of
 * whoever belonged to it (or a team below it) on the close date.
 */
export function monthlyWon(
  kind: SubjectFilter['kind'],
  from: string,
  to: string,
  where: (subjectId: SqlFragment) => SqlFragment,
): SqlFragment {
  const won = sql`SELECT d.id, d.rep_id, d.close_date, d.amount_minor
      FROM deal d JOIN sales_stage s ON s.id = d.stage_id AND s.kind = 'WON'
     WHERE d.rep_id IS NOT NULL AND d.close_date >= ${from}::date AND d.close_date < ${to}::date`;
  const totals = sql`to_char(date_trunc('month', w.close_date), 'YYYY-MM-DD') AS month,
      coalesce(sum(w.amount_minor), 0)::text AS won_minor, count(*)::int AS deals_won`;
  switch (kind) {
    case 'REP':
      return sql`WITH w AS (${won})
        SELECT w.rep_id AS subject_id, ${totals} FROM w WHERE ${where(sql`w.rep_id`)} GROUP BY 1, 2 ORDER BY 1, 2`;
    case 'TEAM':
      return sql`WITH RECURSIVE closure(ancestor, descendant) AS (
          SELECT id, id FROM team
          UNION ALL SELECT c.ancestor, t.id FROM closure c JOIN team t ON t.parent_id = c.descendant
        ), w AS (${won})
        SELECT c.ancestor AS subject_id, ${totals}
          FROM w
          JOIN rep_team_membership m ON m.rep_id = w.rep_id AND w.close_date >= m.valid_from
           AND (m.valid_to IS NULL OR w.close_date < m.valid_to)
          JOIN closure c ON c.descendant = m.team_id
         WHERE ${where(sql`c.ancestor`)}
         GROUP BY 1, 2 ORDER BY 1, 2`;
    case 'COMPANY':
      return sql`WITH w AS (${won}) SELECT NULL::uuid AS subject_id, ${totals} FROM w GROUP BY 2 ORDER BY 2`;
  }
}

export interface AsOfDealRow {
  deal_id: string;
  external_id: string;
  rep_id: string;
  engage_date: string;
  expected_close_date: string | null;
  stage_id: string;
  stage_name: string;
  /** Whole percent. */
  win_probability: number;
  /** HISTORY: from the stage-change record; INFERRED: no record covers the day (see asOfPipeline). */
  stage_source: 'HISTORY' | 'INFERRED';
  /** Minor units; null when neither an open amount nor a list price is known. */
  value_minor: string | null;
  /** AMOUNT: the open deal's own amount; LIST_PRICE: its product's list price. */
  value_source: 'AMOUNT' | 'LIST_PRICE' | null;
  /** Days from engagement to the as-of date. */
  age_days: number;
}

/**
 * The pipeline as it stood at the start of `asOf` (the close of business the day before): every owned
 * deal engaged before that day and not closed before it, by the reps matching `where` (on deal `d`).
 * Nothing learned on or after `asOf` leaks in:
 * - the stage is the last open stage the deal entered before `asOf` by its stage-change history; with no
 *   such record, the open stage it left on its first change after (`from_stage_id`); with neither
 *   (INFERRED), its current stage if still open, else the last open stage of the funnel, the one closed
 *   deals leave (the CRM export records only a closed deal's final stage);
 * - the value is the open deal's amount, else its product's list price: a closed deal's amount is its
 *   close value (0 for a lost deal), which was not known before it closed.
 * A deal closed without a close date cannot be placed in time and is left out.
 */
export function asOfPipeline(asOf: string, where: SqlFragment): SqlFragment {
  return sql`
    WITH open_then AS (
      SELECT d.id, d.external_id, d.rep_id, d.engage_date, d.expected_close_date, d.product_id,
             d.stage_id AS now_stage_id, s.kind AS now_kind, d.amount_minor
        FROM deal d JOIN sales_stage s ON s.id = d.stage_id
       WHERE d.rep_id IS NOT NULL AND d.engage_date < ${asOf}::date
         AND (s.kind = 'OPEN' OR d.close_date >= ${asOf}::date)
         AND ${where}
    ),
    last_open AS (SELECT id FROM sales_stage WHERE kind = 'OPEN' ORDER BY position DESC, id LIMIT 1)
    SELECT o.id AS deal_id, o.external_id, o.rep_id, o.engage_date::text AS engage_date,
           o.expected_close_date::text AS expected_close_date,
           st.id AS stage_id, st.name AS stage_name, st.win_probability::int AS win_probability,
           CASE WHEN coalesce(before.stage_id, after.stage_id) IS NULL THEN 'INFERRED' ELSE 'HISTORY' END AS stage_source,
           coalesce(CASE WHEN o.now_kind = 'OPEN' THEN o.amount_minor END, p.list_price_minor)::text AS value_minor,
           CASE WHEN o.now_kind = 'OPEN' AND o.amount_minor IS NOT NULL THEN 'AMOUNT'
                WHEN p.list_price_minor IS NOT NULL THEN 'LIST_PRICE' END AS value_source,
           (${asOf}::date - o.engage_date)::int AS age_days
      FROM open_then o
      LEFT JOIN LATERAL (
        SELECT c.to_stage_id AS stage_id FROM deal_stage_change c JOIN sales_stage cs ON cs.id = c.to_stage_id AND cs.kind = 'OPEN'
         WHERE c.deal_id = o.id AND c.changed_on < ${asOf}::date
         ORDER BY c.changed_on DESC, c.recorded_at DESC LIMIT 1
      ) before ON TRUE
      LEFT JOIN LATERAL (
        SELECT c.from_stage_id AS stage_id FROM deal_stage_change c JOIN sales_stage cs ON cs.id = c.from_stage_id AND cs.kind = 'OPEN'
         WHERE c.deal_id = o.id AND c.changed_on >= ${asOf}::date
         ORDER BY c.changed_on, c.recorded_at LIMIT 1
      ) after ON TRUE
      JOIN sales_stage st ON st.id = coalesce(before.stage_id, after.stage_id,
                                              CASE WHEN o.now_kind = 'OPEN' THEN o.now_stage_id END,
                                              (SELECT id FROM last_open))
      LEFT JOIN product p ON p.id = o.product_id
     ORDER BY o.engage_date, o.external_id`;
}

export interface AsOfStageRow {
  stage_id: string;
  stage_name: string;
  position: number;
  win_probability: number;
  deals: number;
  value_minor: string;
  /** Σ value × win probability, rounded to the minor unit. */
  weighted_minor: string;
  deals_without_value: number;
  inferred_stage: number;
}

/** The as-of pipeline summed by the stage each deal was in, in funnel order. */
export function asOfPipelineByStage(asOf: string, where: SqlFragment): SqlFragment {
  return sql`
    SELECT p.stage_id, p.stage_name, st.position, p.win_probability, count(*)::int AS deals,
           coalesce(sum(p.value_minor::bigint), 0)::text AS value_minor,
           round(coalesce(sum(p.value_minor::bigint * p.win_probability), 0) / 100.0)::bigint::text AS weighted_minor,
           count(*) FILTER (WHERE p.value_minor IS NULL)::int AS deals_without_value,
           count(*) FILTER (WHERE p.stage_source = 'INFERRED')::int AS inferred_stage
      FROM (${asOfPipeline(asOf, where)}) p JOIN sales_stage st ON st.id = p.stage_id
     GROUP BY p.stage_id, p.stage_name, st.position, p.win_probability
     ORDER BY st.position, p.stage_id`;
}

export interface RepRecordRow {
  rep_id: string;
  /** The rep's team today: the team whose record a rep's own is shrunk toward. */
  team_id: string;
  won: number;
  lost: number;
  /** Days from engagement to close of each won deal with both dates and no warning. */
  won_cycle_days: number[];
}

/**
 * Each rep's closed record before `asOf`: wins, losses, and the cycle of every win (close - engage; not of a
 * flagged deal, whose dates are not trusted), for shrunk win rates and close-date draws. `where` filters deal `d`.
 */
export function repRecords(asOf: string, where: SqlFragment): SqlFragment {
  return sql`
    SELECT d.rep_id, r.team_id, count(*) FILTER (WHERE s.kind = 'WON')::int AS won, count(*) FILTER (WHERE s.kind = 'LOST')::int AS lost,
           coalesce(array_agg(d.close_date - d.engage_date ORDER BY d.close_date - d.engage_date)
                    FILTER (WHERE s.kind = 'WON' AND d.engage_date IS NOT NULL AND cardinality(d.warnings) = 0), '{}') AS won_cycle_days
      FROM deal d JOIN sales_stage s ON s.id = d.stage_id JOIN rep r ON r.id = d.rep_id
     WHERE s.kind <> 'OPEN' AND d.close_date < ${asOf}::date AND ${where}
     GROUP BY d.rep_id, r.team_id`;
}

export interface NewBusinessRow {
  origin: string;
  won_minor: string;
  deals_won: number;
}

/**
 * Business no pipeline could show: for each month start `origin` from `from` while the window still ends
 * by `asOf`, what the subject won in [origin + skipDays, origin + skipDays + windowDays) from deals engaged
 * on or after `origin` (so not in the pipeline at the origin). The simulation draws these as the business
 * that will come from deals not yet created. `where` filters deal `d`.
 */
export function newBusiness(
  from: string,
  asOf: string,
  skipDays: number,
  windowDays: number,
  where: SqlFragment,
): SqlFragment {
  return sql`
    SELECT o.origin::text AS origin, coalesce(sum(d.amount_minor), 0)::text AS won_minor, count(d.id)::int AS deals_won
      FROM (SELECT g::date AS origin
              FROM generate_series(${from}::date, ${asOf}::date - ${skipDays + windowDays}::int, interval '1 month') g) o
      LEFT JOIN (deal d JOIN sales_stage s ON s.id = d.stage_id AND s.kind = 'WON')
        ON d.engage_date >= o.origin AND d.close_date >= o.origin + ${skipDays}::int
       AND d.close_date < o.origin + ${skipDays + windowDays}::int AND ${where}
     GROUP BY o.origin ORDER BY o.origin`;
}

export interface SubjectRow {
  id: string;
  name: string;
  /** A rep's team, a team's parent. */
  parent_id: string | null;
}

/** The reps matching `where` (on rep `r`), by name. */
export function repsWhere(where: SqlFragment): SqlFragment {
  return sql`SELECT r.id, r.name, r.team_id AS parent_id FROM rep r WHERE ${where} ORDER BY lower(r.name), r.id`;
}

/** The teams matching `where` (on team `t`), by name. */
export function teamsWhere(where: SqlFragment): SqlFragment {
  return sql`SELECT t.id, t.name, t.parent_id FROM team t WHERE ${where} ORDER BY lower(t.name), t.id`;
}

export interface GoalRow {
  subject_id: string;
  target: string;
  version: number;
}

/** Goals of a period and metric, rep goals or team goals, for the subjects given. */
export function goalsOf(
  kind: 'REP' | 'TEAM',
  periodKey: string,
  metric: string,
  subjectIds: readonly string[],
): SqlFragment {
  const column = kind === 'REP' ? sql`g.rep_id` : sql`g.team_id`;
  return sql`SELECT ${column} AS subject_id, g.target::text AS target, g.version FROM goal g
     WHERE g.period_key = ${periodKey} AND g.metric::text = ${metric} AND ${column} = ANY(${subjectIds}::uuid[])`;
}
