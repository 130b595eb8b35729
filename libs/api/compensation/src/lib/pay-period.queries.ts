import { runSql, sql } from '@salesops/api/core';
import { type Period } from '@salesops/domain';
import { type EntityManager } from 'typeorm';

import { type PayPeriodStatus } from './pay-period.entity';

type Runner = Pick<EntityManager, 'query'>;

export interface PayPeriodRow {
  period_key: string;
  status: PayPeriodStatus;
  closed_at: Date | null;
  closed_by_name: string | null;
}

/** The stored rows of these pay periods (a period never closed has none), with who closed each. */
export function payPeriodRows(runner: Runner, keys: readonly string[]): Promise<PayPeriodRow[]> {
  return runSql(
    runner,
    sql`SELECT p.period_key, p.status, p.closed_at, u.name AS closed_by_name
         FROM pay_period p LEFT JOIN app_user u ON u.id = p.closed_by WHERE p.period_key = ANY(${keys})`,
  );
}

/** How many goals (of the whole company) fall within each period, by period key. */
export function goalCountsWithin(
  runner: Runner,
  periods: readonly Period[],
): Promise<{ period_key: string; n: string }[]> {
  return runSql(
    runner,
    sql`SELECT k.key AS period_key, count(g.id) AS n
         FROM unnest(${periods.map((p) => p.key)}::text[], ${periods.map((p) => p.start)}::date[], ${periods.map((p) => p.end)}::date[]) AS k(key, starts_on, ends_on)
         LEFT JOIN goal g ON g.period_start >= k.starts_on AND g.period_end <= k.ends_on
        GROUP BY k.key`,
  );
}

/** Holds off goal writes until the transaction ends (a SHARE lock on goal), while a period closes. */
export async function lockGoalsAgainstWrites(runner: Runner): Promise<void> {
  await runSql(runner, sql`LOCK TABLE goal IN SHARE MODE`);
}

/** Whether the period is closed already. */
export async function periodClosedAlready(runner: Runner, periodKey: string): Promise<boolean> {
  const [already] = await runSql(
    runner,
    sql`SELECT 1 FROM pay_period WHERE period_key = ${periodKey} AND status = 'CLOSED'`,
  );
  return Boolean(already);
}

/**
 * Closes the period: its row is created CLOSED, or an OPEN one becomes CLOSED, by this user now. False
 * (no row back) when it was closed already: the WHERE of the upsert keeps a closed row as it was.
 */
export async function closePayPeriod(runner: Runner, period: Period, userId: string): Promise<boolean> {
  const closed = await runSql(
    runner,
    sql`INSERT INTO pay_period (period_key, period_type, starts_on, ends_on, status, closed_at, closed_by)
         VALUES (${period.key}, ${period.type}, ${period.start}, ${period.end}, 'CLOSED', now(), ${userId})
         ON CONFLICT (period_key) DO UPDATE SET status = 'CLOSED', closed_at = now(), closed_by = EXCLUDED.closed_by
          WHERE pay_period.status = 'OPEN'
         RETURNING period_key`,
  );
  return closed.length > 0;
}

/** How many goals fall within [start, end) (their period starts on or after it and ends by its end). */
export async function countGoalsWithin(runner: Runner, start: string, end: string): Promise<number> {
  const [{ n }] = await runSql<{ n: string }>(
    runner,
    sql`SELECT count(*) AS n FROM goal WHERE period_start >= ${start} AND period_end <= ${end}`,
  );
  return Number(n);
}
