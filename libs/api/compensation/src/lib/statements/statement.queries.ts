import { type Principal, runSql, sql, type SqlFragment } from '@salesops/api/core';
import { type GoalActualRow, periodGoalsWithActuals } from '@salesops/api/goals';
import { repVisibleTo } from '@salesops/api/org';
import { type PlanRules } from '@salesops/domain';
import { type EntityManager } from 'typeorm';

import { type AdjustmentKind } from '../entities/payout-adjustment.entity';
import { type PayFrequency } from '../entities/plan-version-status';
import { type AssignmentSpan, type MembershipSpan } from './pay-segments';

type Runner = Pick<EntityManager, 'query'>;

export interface PeriodBounds {
  key: string;
  start: string;
  end: string;
}

/** Whether the pay period is closed (its statements are then stored, frozen). */
export async function periodIsClosed(runner: Runner, periodKey: string): Promise<boolean> {
  const [closed] = await runSql<{ status: string }>(
    runner,
    sql`SELECT status FROM pay_period WHERE period_key = ${periodKey} AND status = 'CLOSED'`,
  );
  return Boolean(closed);
}

/** Whether the rep exists and the caller may see them. */
export async function repVisible(runner: Runner, principal: Principal, repId: string): Promise<boolean> {
  const [rep] = await runSql<{ id: string }>(
    runner,
    sql`SELECT r.id FROM rep r WHERE r.id = ${repId}::uuid AND ${repVisibleTo(principal, sql`r.id`)}`,
  );
  return Boolean(rep);
}

/** Holds off assignment and adjustment writes until the transaction ends, while a closing period's statements freeze. */
export async function lockPayInputsForFreeze(runner: Runner): Promise<void> {
  await runSql(runner, sql`LOCK TABLE plan_assignment, payout_adjustment IN SHARE MODE`);
}

export interface PaidAssignmentRow {
  rep_id: string;
  rep_name: string;
  version_id: string;
  plan_name: string;
  version_number: number;
  rules: PlanRules;
  valid_from: string;
  valid_to: string | null;
}

/**
 * The plan assignments that pay in this period: those on a version paid at the period's frequency (a
 * quarterly plan is settled by quarter) sharing a day with it, for the reps `reps` allows (on `a.rep_id`).
 */
export function paidAssignments(
  runner: Runner,
  period: PeriodBounds,
  frequency: PayFrequency,
  reps: SqlFragment,
): Promise<PaidAssignmentRow[]> {
  return runSql(
    runner,
    sql`SELECT a.rep_id, r.name AS rep_name, a.plan_version_id AS version_id, p.name AS plan_name, v.number AS version_number,
               v.rules, a.valid_from::text, a.valid_to::text
          FROM plan_assignment a
          JOIN rep r ON r.id = a.rep_id
          JOIN comp_plan_version v ON v.id = a.plan_version_id
          JOIN comp_plan p ON p.id = v.plan_id
         WHERE v.pay_frequency = ${frequency}
           AND a.valid_from < ${period.end}::date AND (a.valid_to IS NULL OR a.valid_to > ${period.start}::date)
           AND ${reps}
         ORDER BY lower(r.name), r.id, a.valid_from`,
  );
}

export function toAssignmentSpans(rows: readonly PaidAssignmentRow[]): AssignmentSpan[] {
  return rows.map((row) => ({
    repId: row.rep_id,
    versionId: row.version_id,
    from: row.valid_from,
    to: row.valid_to,
  }));
}

/** The team memberships of these reps that share a day with the period, with the team's name. */
export async function memberships(
  runner: Runner,
  period: PeriodBounds,
  repIds: readonly string[],
): Promise<(MembershipSpan & { teamName: string })[]> {
  const rows = await runSql<{
    rep_id: string;
    team_id: string;
    team_name: string;
    valid_from: string;
    valid_to: string | null;
  }>(
    runner,
    sql`SELECT m.rep_id, m.team_id, t.name AS team_name, m.valid_from::text, m.valid_to::text
          FROM rep_team_membership m JOIN team t ON t.id = m.team_id
         WHERE m.rep_id = ANY(${repIds}::uuid[])
           AND m.valid_from < ${period.end}::date AND (m.valid_to IS NULL OR m.valid_to > ${period.start}::date)`,
  );
  return rows.map((row) => ({
    repId: row.rep_id,
    teamId: row.team_id,
    teamName: row.team_name,
    from: row.valid_from,
    to: row.valid_to,
  }));
}

/** The period's goals of these reps and teams, with what was achieved (the goals screen's own figures). */
export function periodGoals(
  runner: Runner,
  period: PeriodBounds,
  repIds: readonly string[],
  teamIds: readonly string[],
): Promise<GoalActualRow[]> {
  return runSql(runner, periodGoalsWithActuals(period, repIds, teamIds));
}

/**
 * Revenue won (deals in a WON stage, by close date) within each span [from, to): the rep's own deals, or,
 * when the span names a team, the deals of everyone in that team or below it on the deal's close date.
 * In span order.
 */
export async function wonRevenueWithin(
  runner: Runner,
  spans: readonly { repId: string; teamId: string | null; from: string; to: string }[],
): Promise<bigint[]> {
  if (spans.length === 0) return [];
  const rows = await runSql<{ i: string; won: string }>(
    runner,
    sql`WITH RECURSIVE closure(ancestor, descendant) AS (
          SELECT id, id FROM team
          UNION ALL SELECT c.ancestor, t.id FROM closure c JOIN team t ON t.parent_id = c.descendant
        ),
        s AS (
          SELECT * FROM unnest(${spans.map((s) => s.repId)}::uuid[], ${spans.map((s) => s.teamId)}::uuid[],
                               ${spans.map((s) => s.from)}::date[], ${spans.map((s) => s.to)}::date[])
                        WITH ORDINALITY AS s(rep_id, team_id, from_day, to_day, i)
        )
        SELECT s.i, coalesce(sum(d.amount_minor), 0) AS won
          FROM s
          LEFT JOIN (deal d JOIN sales_stage st ON st.id = d.stage_id AND st.kind = 'WON')
            ON d.close_date >= s.from_day AND d.close_date < s.to_day
           AND (CASE WHEN s.team_id IS NULL THEN d.rep_id = s.rep_id
                     ELSE EXISTS (SELECT 1 FROM rep_team_membership m JOIN closure c ON c.descendant = m.team_id AND c.ancestor = s.team_id
                                   WHERE m.rep_id = d.rep_id AND d.close_date >= m.valid_from AND (m.valid_to IS NULL OR d.close_date < m.valid_to)) END)
         GROUP BY s.i`,
  );
  const byIndex = new Map(rows.map((row) => [Number(row.i), BigInt(row.won)]));
  return spans.map((_, index) => byIndex.get(index + 1) ?? 0n);
}

export interface AdjustmentRow {
  id: string;
  rep_id: string;
  kind: AdjustmentKind;
  amount_minor: string;
  currency: string;
  reason: string;
  dispute_id: string | null;
  created_at: Date;
  created_by_name: string;
}

/** The adjustments and clawbacks booked on these reps' statements for the period, oldest first. */
export function adjustments(
  runner: Runner,
  periodKey: string,
  repIds: readonly string[],
): Promise<AdjustmentRow[]> {
  return runSql(
    runner,
    sql`SELECT a.id, a.rep_id, a.kind, a.amount_minor, a.currency, a.reason, a.dispute_id, a.created_at, u.name AS created_by_name
          FROM payout_adjustment a JOIN app_user u ON u.id = a.created_by
         WHERE a.period_key = ${periodKey} AND a.rep_id = ANY(${repIds}::uuid[])
         ORDER BY a.created_at, a.id`,
  );
}

/** How many open disputes each of these reps has on their statement of the period (reps with none are left out). */
export async function openDisputeCounts(
  runner: Runner,
  periodKey: string,
  repIds: readonly string[],
): Promise<Map<string, number>> {
  const rows = await runSql<{ rep_id: string; n: string }>(
    runner,
    sql`SELECT rep_id, count(*) AS n FROM payout_dispute
         WHERE period_key = ${periodKey} AND status = 'OPEN' AND rep_id = ANY(${repIds}::uuid[]) GROUP BY rep_id`,
  );
  return new Map(rows.map((row) => [row.rep_id, Number(row.n)]));
}

export interface FrozenStatementRow {
  id: string;
  rep_id: string;
  rep_name: string;
  currency: string;
  total_minor: string;
  explanation: string;
  closed_at: Date;
}

export function frozenStatements(
  runner: Runner,
  periodKey: string,
  reps: SqlFragment,
): Promise<FrozenStatementRow[]> {
  return runSql(
    runner,
    sql`SELECT s.id, s.rep_id, r.name AS rep_name, s.currency, s.total_minor, s.explanation, s.closed_at
          FROM payout_statement s JOIN rep r ON r.id = s.rep_id
         WHERE s.period_key = ${periodKey} AND ${reps}
         ORDER BY lower(r.name), r.id`,
  );
}

export interface FrozenLineRow {
  statement_id: string;
  position: number;
  line_key: string;
  amount_minor: string;
  details: Record<string, unknown>;
}

export function frozenLines(runner: Runner, statementIds: readonly string[]): Promise<FrozenLineRow[]> {
  return runSql(
    runner,
    sql`SELECT statement_id, position, line_key, amount_minor, details FROM payout_line
         WHERE statement_id = ANY(${statementIds}::uuid[]) ORDER BY statement_id, position`,
  );
}

export interface FrozenStatementInput {
  id: string;
  repId: string;
  periodKey: string;
  currency: string;
  totalMinor: string;
  explanation: string;
  lines: readonly { id: string; key: string; amountMinor: string; details: unknown }[];
}

/** Stores statements and their lines: two statements however many there are. */
export async function insertFrozenStatements(
  runner: Runner,
  statements: readonly FrozenStatementInput[],
): Promise<void> {
  if (statements.length === 0) return;
  await runSql(
    runner,
    sql`INSERT INTO payout_statement (id, rep_id, period_key, currency, total_minor, explanation)
        SELECT * FROM unnest(${statements.map((s) => s.id)}::uuid[], ${statements.map((s) => s.repId)}::uuid[], ${statements.map((s) => s.periodKey)}::text[],
                             ${statements.map((s) => s.currency)}::text[], ${statements.map((s) => s.totalMinor)}::bigint[], ${statements.map((s) => s.explanation)}::text[])`,
  );
  const lines = statements.flatMap((s) =>
    s.lines.map((line, position) => ({ ...line, statementId: s.id, position })),
  );
  if (lines.length === 0) return;
  await runSql(
    runner,
    sql`INSERT INTO payout_line (id, statement_id, position, line_key, amount_minor, details)
        SELECT * FROM unnest(${lines.map((l) => l.id)}::uuid[], ${lines.map((l) => l.statementId)}::uuid[], ${lines.map((l) => l.position)}::int[],
                             ${lines.map((l) => l.key)}::text[], ${lines.map((l) => l.amountMinor)}::bigint[], ${lines.map((l) => JSON.stringify(l.details))}::jsonb[])`,
  );
}

export interface LineDealRow {
  id: string;
  external_id: string;
  account_name: string | null;
  product_name: string | null;
  rep_name: string;
  stage_name: string;
  won: boolean;
  amount_minor: string | null;
  engage_date: string | null;
  close_date: string | null;
}

/**
 * The deals a line measured: deals of the rep (or of anyone in the team or below it on the deal's date),
 * won in [from, to) by close date for revenue and counts, engaged in it for new pipeline.
 */
export function lineDeals(
  runner: Runner,
  line: { metric: string; repId: string | null; teamId: string | null; from: string; to: string },
  limit: number,
): Promise<LineDealRow[]> {
  const onDate = line.metric === 'NEW_PIPELINE' ? sql`d.engage_date` : sql`d.close_date`;
  const wonOnly = line.metric === 'NEW_PIPELINE' ? sql`TRUE` : sql`s.kind = 'WON'`;
  return runSql(
    runner,
    sql`WITH RECURSIVE sub AS (
          SELECT id FROM team WHERE id = ${line.teamId}::uuid
          UNION SELECT t.id FROM team t JOIN sub ON t.parent_id = sub.id
        )
        SELECT d.id, d.external_id, a.name AS account_name, p.name AS product_name, r.name AS rep_name, s.name AS stage_name,
               s.kind = 'WON' AS won, coalesce(d.amount_minor, CASE WHEN ${line.metric} = 'NEW_PIPELINE' THEN p.list_price_minor END)::text AS amount_minor,
               d.engage_date::text, d.close_date::text
          FROM deal d
          JOIN rep r ON r.id = d.rep_id
          JOIN sales_stage s ON s.id = d.stage_id
          LEFT JOIN account a ON a.id = d.account_id
          LEFT JOIN product p ON p.id = d.product_id
         WHERE ${wonOnly} AND ${onDate} >= ${line.from}::date AND ${onDate} < ${line.to}::date
           AND (d.rep_id = ${line.repId}::uuid
                OR EXISTS (SELECT 1 FROM rep_team_membership m JOIN sub ON sub.id = m.team_id
                            WHERE m.rep_id = d.rep_id AND ${onDate} >= m.valid_from AND (m.valid_to IS NULL OR ${onDate} < m.valid_to)))
         ORDER BY ${onDate}, d.id
         LIMIT ${limit}`,
  );
}

export interface ChangedClosedPeriodRow {
  period_key: string;
  closed_at: Date;
}

/**
 * The closed pay periods of this type that ended by `before`, hold frozen statements, and have deals that
 * changed after they closed (a win reversed, an amount or a close date changed, a deal moved to another
 * rep): the periods whose pay may need a correction. Oldest first.
 */
export function closedPeriodsWithChangedDeals(
  runner: Runner,
  periodType: string,
  before: string,
): Promise<ChangedClosedPeriodRow[]> {
  return runSql(
    runner,
    sql`SELECT p.period_key, p.closed_at FROM pay_period p
         WHERE p.status = 'CLOSED' AND p.period_type = ${periodType} AND p.ends_on <= ${before}::date
           AND EXISTS (SELECT 1 FROM payout_statement s WHERE s.period_key = p.period_key)
           AND EXISTS (SELECT 1 FROM deal d WHERE d.updated_at > p.closed_at)
         ORDER BY p.starts_on`,
  );
}

/** What earlier reconciliations already booked for a closed period, per rep (minor units). */
export async function reconciledSoFar(runner: Runner, periodKey: string): Promise<Map<string, bigint>> {
  const rows = await runSql<{ rep_id: string; total: string }>(
    runner,
    sql`SELECT rep_id, sum(amount_minor)::text AS total FROM payout_adjustment WHERE reconciles_period_key = ${periodKey} GROUP BY rep_id`,
  );
  return new Map(rows.map((row) => [row.rep_id, BigInt(row.total)]));
}

/** Per rep, up to five of their deals closing in the period that changed after `since` (CRM ids), to name in a correction. */
export async function dealsChangedSince(
  runner: Runner,
  period: PeriodBounds,
  since: Date,
  repIds: readonly string[],
): Promise<Map<string, string[]>> {
  if (repIds.length === 0) return new Map();
  const rows = await runSql<{ rep_id: string; ids: string[] }>(
    runner,
    sql`SELECT d.rep_id, (array_agg(d.external_id ORDER BY d.external_id))[1:5] AS ids FROM deal d
         WHERE d.updated_at > ${since} AND d.rep_id = ANY(${repIds}::uuid[])
           AND d.close_date >= ${period.start}::date AND d.close_date < ${period.end}::date
         GROUP BY d.rep_id`,
  );
  return new Map(rows.map((row) => [row.rep_id, row.ids]));
}

export interface CorrectionInput {
  id: string;
  repId: string;
  period: PeriodBounds;
  kind: AdjustmentKind;
  amountMinor: bigint;
  currency: string;
  reason: string;
  reconcilesPeriodKey: string;
  createdBy: string;
}

/** Books reconciliation corrections: one statement however many there are. */
export async function insertCorrections(runner: Runner, rows: readonly CorrectionInput[]): Promise<void> {
  if (rows.length === 0) return;
  await runSql(
    runner,
    sql`INSERT INTO payout_adjustment (id, rep_id, period_key, starts_on, ends_on, kind, amount_minor, currency, reason, reconciles_period_key, created_by)
        SELECT * FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.repId)}::uuid[], ${rows.map((r) => r.period.key)}::text[],
                             ${rows.map((r) => r.period.start)}::date[], ${rows.map((r) => r.period.end)}::date[], ${rows.map((r) => r.kind)}::adjustment_kind[],
                             ${rows.map((r) => r.amountMinor.toString())}::bigint[], ${rows.map((r) => r.currency)}::bpchar[], ${rows.map((r) => r.reason)}::text[],
                             ${rows.map((r) => r.reconcilesPeriodKey)}::text[], ${rows.map((r) => r.createdBy)}::uuid[])`,
  );
}
